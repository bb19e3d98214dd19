/* Interactive award pages: filter the cards by theme from the legend, copy a card's link,
 * show and copy its BibTeX entry.
 *
 * Everything here is an enhancement of static markup: without JavaScript every card is
 * shown, the legend's chips are plain labels and no copy or cite control exists.
 */
(() => {
  "use strict";

  const CARD = ".awards-card";
  const LEGEND = ".awards-legend";
  const CHIP = ".awards-chip";
  const THEME = "awards-theme-";
  const COLLECTION = "awards-collection-";
  const AWARD = "awards-award-";
  const PARAM = "theme";
  const HIDDEN = "awards-filtered-out";

  /** The page's interface strings (in its language), written by the extension. */
  const STRINGS = JSON.parse(document.getElementById("sphinx-awards-strings")?.textContent || "{}");
  /** The string ``name`` with its ``{placeholder}``s filled from ``values``. */
  const text = (name, values = {}) =>
    (STRINGS[name] ?? name).replace(/\{(\w+)\}/g, (whole, key) => String(values[key] ?? whole));

  /** A new element: ``tag`` with ``className``, and ``label`` as its text. */
  const element = (tag, className, label = "") => {
    const made = document.createElement(tag);
    made.className = className;
    made.textContent = label;
    return made;
  };
  /** A button that does something on the page (not a form's submit button). */
  const button = (className, label = "") => {
    const made = element("button", className, label);
    made.type = "button";
    return made;
  };
  /** A live region whose new text screen readers announce when they are free. */
  const statusRegion = (className) => {
    const made = element("span", className);
    made.setAttribute("role", "status");
    return made;
  };

  /** The id an element or its nearest ancestor carries in a ``<prefix><id>`` class. */
  const classId = (element, prefix) => {
    const holder = element.closest(`[class*="${prefix}"]`);
    const name = holder && [...holder.classList].find((c) => c.startsWith(prefix));
    return name ? name.slice(prefix.length) : undefined;
  };
  const themeOf = (element) => classId(element, THEME);
  /** The award a card shows: a page may show one award in several cards. */
  const awardOf = (card) => classId(card, AWARD) ?? card;

  /** The element that takes the card's place in its grid, so a hidden card leaves no gap. */
  const slotOf = (card) => {
    const column = card.closest(".sd-col");
    return column && column.querySelectorAll(CARD).length === 1 ? column : card;
  };

  /** The id the address's fragment names: decoded, or as written when it is not valid
   * percent-encoding ("#%", which decodeURIComponent refuses with an error). */
  const fragmentId = () => {
    const fragment = window.location.hash.slice(1);
    try {
      return decodeURIComponent(fragment);
    } catch {
      return fragment;
    }
  };

  /** The themes chosen in the URL (``?theme=a&theme=b`` or ``?theme=a,b``) that exist here. */
  const themesInUrl = (known) =>
    new URLSearchParams(window.location.search)
      .getAll(PARAM)
      .flatMap((value) => value.split(","))
      .map((value) => value.trim())
      .filter((value) => known.has(value));

  function setUpFilter(legend) {
    // A legend filters the cards of its collection in its own section and those below it,
    // so a legend shown as an example elsewhere leaves the page's other cards alone.
    const collection = classId(legend, COLLECTION);
    const scope = legend.closest("section") ?? document.body;
    const cards = [...scope.querySelectorAll(CARD)].filter(
      (card) => themeOf(card) && classId(card, COLLECTION) === collection,
    );
    if (cards.length === 0) return;

    // The chips become buttons: a real <button> is focusable and toggles on Enter and Space.
    const buttons = [...legend.querySelectorAll(CHIP)]
      .filter(themeOf)
      .map((chip) => {
        const chipButton = button(chip.className);
        chipButton.classList.add("awards-chip-button");
        chipButton.append(...chip.childNodes);
        chip.replaceWith(chipButton);
        return chipButton;
      });
    if (buttons.length === 0) return;
    buttons[0].closest("ul")?.setAttribute("aria-label", text("filterLabel"));
    const known = new Set(buttons.map(themeOf));

    const status = statusRegion("awards-filter-status");
    const reset = button("awards-filter-reset", text("showAll"));
    // Shown only while a filter is on: a control that cannot act reads as broken.
    reset.hidden = true;
    const toolbar = element("div", "awards-filter");
    toolbar.append(reset, status);
    legend.after(toolbar);

    // While a filter is on, each grid says how many of its cards show, so the words above it
    // (the data's "Four Best Papers") are not read as a count of what is shown; a grid whose
    // every card is filtered out says so, rather than leave its heading bare.
    const grids = [...new Set(cards.map((card) => card.closest(".awards-grid")))]
      .filter(Boolean)
      .map((grid) => {
        const note = element("p", "awards-filter-note");
        note.hidden = true;
        grid.before(note);
        return { grid, note, total: cards.filter((card) => grid.contains(card)).length };
      });

    let chosen = new Set(themesInUrl(known));
    const total = new Set(cards.map(awardOf)).size;

    const apply = () => {
      for (const button of buttons) {
        button.setAttribute("aria-pressed", String(chosen.has(themeOf(button))));
      }
      const shown = new Set();
      for (const card of cards) {
        const visible = chosen.size === 0 || chosen.has(themeOf(card));
        slotOf(card).classList.toggle(HIDDEN, !visible);
        if (visible) shown.add(awardOf(card));
      }
      for (const { grid, note, total } of grids) {
        const here = cards.filter(
          (card) => grid.contains(card) && !slotOf(card).classList.contains(HIDDEN),
        ).length;
        note.hidden = chosen.size === 0;
        note.classList.toggle("awards-filter-empty", here === 0);
        note.textContent = here === 0 ? text("noneChosen") : text("shownHere", { shown: here, total });
      }
      reset.hidden = chosen.size === 0;
      legend.classList.toggle("awards-legend-filtering", chosen.size > 0);
      status.textContent =
        chosen.size === 0
          ? text("showingAll", { total })
          : text("showingSome", { shown: shown.size, total });
    };

    const remember = () => {
      const url = new URL(window.location.href);
      url.searchParams.delete(PARAM);
      for (const theme of chosen) url.searchParams.append(PARAM, theme);
      window.history.replaceState(window.history.state, "", url);
    };

    for (const button of buttons) {
      button.addEventListener("click", () => {
        const theme = themeOf(button);
        if (!chosen.delete(theme)) chosen.add(theme);
        apply();
        remember();
      });
    }
    reset.addEventListener("click", () => {
      chosen = new Set();
      apply();
      remember();
      // The button is hidden now, which would drop the focus to the page: keep it on the
      // filter, at its first chip.
      buttons[0].focus();
    });

    // A link to one card must show it, even when the URL also carries a filter that hides it.
    const revealTarget = () => {
      const id = fragmentId();
      const target = id && document.getElementById(id);
      if (target && cards.includes(target) && slotOf(target).classList.contains(HIDDEN)) {
        chosen = new Set();
        apply();
        remember();
        target.scrollIntoView();
      }
    };
    window.addEventListener("hashchange", revealTarget);

    apply();
    revealTarget();
  }

  /** Copy text to the clipboard; the old way (selecting ``field``, or a field of its own off
   * the screen) where the Clipboard API is missing or refused. */
  async function copy(text, field = null) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const source = field ?? element("textarea", "awards-offscreen");
      if (!field) {
        source.value = text;
        source.readOnly = true;
        document.body.append(source);
      }
      source.select();
      const copied = document.execCommand("copy");
      if (!field) source.remove();
      return copied;
    }
  }

  /** A button of a card, named by its visible text followed by the card's title. */
  function cardButton(className, label, accessibleName) {
    const made = button(className, label);
    // The name begins with the visible text, so speech input "click Copy link" finds it.
    made.setAttribute("aria-label", accessibleName);
    return made;
  }

  /** How long a confirmation stays up (ms); one that asks the reader to act stays. */
  const CONFIRMATION_TIME = 4000;
  let clearTimer = 0;

  /** Say ``message`` in a status region, clearing the others (one at a time). A card's
   * confirmation floats over the card, so that nothing moves; ``lasting`` keeps it up. */
  function announce(confirmation, message, lasting = false) {
    window.clearTimeout(clearTimer);
    for (const other of document.querySelectorAll(".awards-copy-status")) {
      if (other !== confirmation) other.textContent = "";
    }
    confirmation.textContent = message;
    if (!lasting) {
      clearTimer = window.setTimeout(() => {
        confirmation.textContent = "";
      }, CONFIRMATION_TIME);
    }
  }

  /** The page's one citation dialog: the entry to read, select and copy. */
  let citeDialog = null;

  function citationDialog() {
    if (citeDialog) return citeDialog;
    const dialog = element("dialog", "awards-cite-dialog");
    dialog.setAttribute("aria-labelledby", "awards-cite-heading");
    const heading = element("h2", "awards-cite-heading");
    heading.id = "awards-cite-heading";
    const field = element("textarea", "awards-bibtex-field");
    field.readOnly = true;
    field.spellcheck = false;
    const actions = element("p", "awards-cite-actions");
    const copyButton = button("awards-cite-copy", text("copyCitation"));
    const status = statusRegion("awards-copy-status");
    const close = button("awards-cite-close", text("close"));
    actions.append(copyButton, status, close);
    dialog.append(heading, field, actions);
    document.body.append(dialog);

    copyButton.addEventListener("click", async () => {
      if (await copy(field.value, field)) {
        announce(status, text("citationCopied"));
        return;
      }
      // The clipboard refused: the entry is selected for the reader to copy.
      field.focus();
      field.select();
      announce(status, text("copyThisCitation"), true);
    });
    close.addEventListener("click", () => dialog.close());
    // A click on the backdrop (outside the box, which is the dialog's own area) closes it.
    dialog.addEventListener("click", (event) => {
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (event.target === dialog && !inside) dialog.close();
    });
    dialog.addEventListener("close", () => {
      status.textContent = "";
      citeDialog.opener?.focus();
    });
    citeDialog = { dialog, heading, field, status, opener: null };
    return citeDialog;
  }

  /** Show the card's BibTeX entry in the dialog, selected, ready to copy. */
  function showCitation(card, opener, title, bibtex) {
    const cite = citationDialog();
    // The card's theme colours the dialog's edge, as it does the card's.
    cite.dialog.className = "awards-cite-dialog";
    for (const name of card.classList) {
      if (name.startsWith(THEME) || name.startsWith(COLLECTION)) cite.dialog.classList.add(name);
    }
    cite.heading.textContent = text("citeHeading", { title });
    cite.field.value = bibtex;
    cite.field.rows = Math.min(bibtex.split("\n").length, 14);
    cite.field.setAttribute("aria-label", text("citationFieldLabel", { title }));
    cite.status.textContent = "";
    cite.opener = opener;
    cite.dialog.showModal();
    cite.field.focus();
    cite.field.select();
    cite.field.scrollTop = 0;
  }

  /** The card's controls, at the end of its badge's line: "Copy link" for a card that is a
   * link target, with the status that confirms it, and "Cite" for one with a BibTeX entry. */
  function setUpCopyControls(card) {
    const bibtex = card.querySelector("template.awards-bibtex")?.content.textContent.trim();
    if (!card.id && !bibtex) return;
    const title = card.querySelector(".awards-card-title")?.textContent.trim() ?? card.id;
    const control = element("span", "awards-copy");

    if (card.id) {
      const url = new URL(window.location.href);
      url.search = "";
      url.hash = card.id;
      const confirmation = statusRegion("awards-copy-status");
      const copyLink = cardButton(
        "awards-copy-link",
        text("copyLink"),
        text("copyLinkLabel", { title }),
      );
      copyLink.addEventListener("click", async () => {
        if (await copy(url.href)) {
          announce(confirmation, text("linkCopied"));
        } else {
          announce(confirmation, text("copyThisLink", { url: url.href }), true);
        }
      });
      control.append(copyLink, confirmation);
    }

    if (bibtex) {
      const cite = cardButton("awards-cite", text("cite"), text("citeLabel", { title }));
      cite.setAttribute("aria-haspopup", "dialog");
      cite.addEventListener("click", () => showCitation(card, cite, title, bibtex));
      control.append(cite);
    }

    (card.querySelector(".awards-card-badges") ?? card).append(control);
  }

  const start = () => {
    for (const legend of document.querySelectorAll(LEGEND)) setUpFilter(legend);
    for (const card of document.querySelectorAll(CARD)) setUpCopyControls(card);
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
