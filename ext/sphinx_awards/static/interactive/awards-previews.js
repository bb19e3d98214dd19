/* Link previews: a link to an awarded paper, or the award role's link, shows the essentials
 * of the award's card while it is hovered or has the keyboard focus.
 *
 * The pattern is WAI-ARIA's tooltip: the link names the preview's text with
 * aria-describedby, the text has role="tooltip", it opens on hover and focus, and Escape
 * closes it. A tooltip holds nothing focusable, so the box's one extra, the link to the
 * full card, is for the pointer only (tabindex -1): the page's focus order is unchanged, and
 * keyboard and screen reader users get the same badge, title and summary as the description.
 * As WCAG 1.4.13 asks, the pointer can move into the box and it stays open.
 * On touch, nothing opens: the first tap follows the link as it always did.
 * The box is built from a <template> the extension writes after each link; without
 * JavaScript that template is inert and the link is a plain link.
 */
(() => {
  "use strict";

  const TEMPLATE = "template.awards-preview-template";
  /** Time for the pointer to cross from the link into the preview (ms). */
  const HIDE_DELAY = 250;
  /** A focus this soon after a touch comes from the tap, which opens nothing (ms). */
  const TOUCH_FOCUS = 1000;
  /** Space between the link and the box, and between the box and the window's edge (px). */
  const GAP = 6;
  const MARGIN = 8;

  let shown = null;
  let hideTimer = 0;
  let lastTouch = -Infinity;

  const cancelHide = () => window.clearTimeout(hideTimer);

  function hide() {
    cancelHide();
    if (shown) shown.preview.hidden = true;
    shown = null;
  }

  const hideSoon = () => {
    cancelHide();
    hideTimer = window.setTimeout(hide, HIDE_DELAY);
  };

  /** The text column a link is in: the box stays within it, not over the theme's sidebars. */
  const columnOf = (link) =>
    (link.closest("[role=main], main, article") ?? document.documentElement).getBoundingClientRect();

  /** Put the box below the link's last line (above its first when there is no room), from
   * the link's start, inside the link's text column and the window. */
  function place(link, preview) {
    const lines = link.getClientRects();
    const whole = link.getBoundingClientRect();
    const first = lines[0] ?? whole;
    const width = preview.offsetWidth;
    const height = preview.offsetHeight;
    const viewWidth = document.documentElement.clientWidth;
    const column = columnOf(link);
    const right = Math.min(column.right, viewWidth - MARGIN);
    const leftmost = Math.max(MARGIN, Math.min(column.left, right - width));
    const left = Math.max(leftmost, Math.min(first.left, right - width));
    const below = whole.bottom + GAP;
    const above = whole.top - GAP - height;
    const fitsBelow = below + height <= window.innerHeight - MARGIN;
    const top = fitsBelow || above < MARGIN ? below : above;
    preview.style.left = `${left + window.scrollX}px`;
    preview.style.top = `${top + window.scrollY}px`;
  }

  function show(link, preview) {
    cancelHide();
    if (shown?.preview === preview) return;
    hide();
    preview.hidden = false;
    place(link, preview);
    shown = { link, preview };
  }

  let count = 0;
  function setUp(template) {
    const link = template.previousElementSibling;
    const preview = template.content.firstElementChild?.cloneNode(true);
    if (!link || link.tagName !== "A" || !preview) return;
    count += 1;
    const text = preview.querySelector("[role=tooltip]");
    text.id = `awards-preview-${count}`;
    const described = link.getAttribute("aria-describedby");
    link.setAttribute("aria-describedby", described ? `${described} ${text.id}` : text.id);
    link.classList.add("awards-previewed");
    // In <body>, not in the paragraph: the box is positioned on the page, and the
    // theme's dark-mode switch (on <body> or <html>) still reaches it.
    document.body.append(preview);

    link.addEventListener("pointerdown", (event) => {
      if (event.pointerType === "touch") {
        lastTouch = event.timeStamp;
        hide();
      }
    });
    link.addEventListener("pointerenter", (event) => {
      if (event.pointerType !== "touch") show(link, preview);
    });
    link.addEventListener("pointerleave", hideSoon);
    link.addEventListener("focus", (event) => {
      if (event.timeStamp - lastTouch > TOUCH_FOCUS) show(link, preview);
    });
    link.addEventListener("blur", hideSoon);
    preview.addEventListener("pointerenter", cancelHide);
    preview.addEventListener("pointerleave", hideSoon);
  }

  const start = () => {
    for (const template of document.querySelectorAll(TEMPLATE)) setUp(template);
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && shown) hide();
    });
    window.addEventListener("resize", hide);
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
