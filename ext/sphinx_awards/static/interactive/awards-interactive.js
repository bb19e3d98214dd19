/* Interactive award pages: filter the cards by theme from the legend, copy a card's link
 * or its BibTeX entry.
 *
 * Everything here is an enhancement of static markup: without JavaScript every card is
 * shown, the legend's chips are plain labels and no copy control exists.
 */
(() => {
  "use strict";

  const CARD = ".awards-card";
  const LEGEND = ".awards-legend";
  const CHIP = ".awards-chip";
  const THEME = "awards-theme-";
  const COLLECTION = "awards-collection-";
  const PARAM = "theme";
  const HIDDEN = "awards-filtered-out";

  /** The page's interface strings (in its language), written by the extension. */
  const STRINGS = JSON.parse(document.getElementById("sphinx-awards-strings")?.textContent || "{}");
  /** The string ``name`` with its ``{placeholder}``s filled from ``values``. */
  const text = (name, values = {}) =>
    (STRINGS[name] ?? name).replace(/\{(\w+)\}/g, (whole, key) => String(values[key] ?? whole));

  /** The id an element or its nearest ancestor carries in a ``<prefix><id>`` class. */
  const classId = (element, prefix) => {
    const holder = element.closest(`[class*="${prefix}"]`);
    const name = holder && [...holder.classList].find((c) => c.startsWith(prefix));
    return name ? name.slice(prefix.length) : undefined;
  };
  const themeOf = (element) => classId(element, THEME);

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
        const button = document.createElement("button");
        button.type = "button";
        button.className = chip.className;
        button.classList.add("awards-chip-button");
        button.append(...chip.childNodes);
        chip.replaceWith(button);
        return button;
      });
    if (buttons.length === 0) return;
    buttons[0].closest("ul")?.setAttribute("aria-label", text("filterLabel"));
    const known = new Set(buttons.map(themeOf));

    const status = document.createElement("span");
    status.className = "awards-filter-status";
    status.setAttribute("role", "status");
    const reset = document.createElement("button");
    reset.type = "button";
    reset.className = "awards-filter-reset";
    reset.textContent = text("showAll");
    const toolbar = document.createElement("div");
    toolbar.className = "awards-filter";
    toolbar.append(reset, status);
    legend.after(toolbar);

    // A grid whose every card is filtered out says so, rather than leave its heading bare.
    const grids = [...new Set(cards.map((card) => card.closest(".awards-grid")))]
      .filter(Boolean)
      .map((grid) => {
        const note = document.createElement("p");
        note.className = "awards-filter-empty";
        note.textContent = text("noneChosen");
        grid.after(note);
        return { grid, note };
      });

    let chosen = new Set(themesInUrl(known));

    const apply = () => {
      for (const button of buttons) {
        button.setAttribute("aria-pressed", String(chosen.has(themeOf(button))));
      }
      let shown = 0;
      for (const card of cards) {
        const visible = chosen.size === 0 || chosen.has(themeOf(card));
        slotOf(card).classList.toggle(HIDDEN, !visible);
        shown += visible;
      }
      for (const { grid, note } of grids) {
        note.hidden = cards.some(
          (card) => grid.contains(card) && !slotOf(card).classList.contains(HIDDEN),
        );
      }
      reset.disabled = chosen.size === 0;
      status.textContent =
        chosen.size === 0
          ? text("showingAll", { total: cards.length })
          : text("showingSome", { shown, total: cards.length });
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
      // The button is disabled now, which would drop the focus to the page: keep it on
      // the filter, at its first chip.
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

  /** Copy text to the clipboard; the old way where the Clipboard API is missing or refused. */
  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      field.className = "awards-offscreen";
      document.body.append(field);
      field.select();
      const copied = document.execCommand("copy");
      field.remove();
      return copied;
    }
  }

  /** A copy button of a card, named by its visible text followed by the card's title. */
  function copyButton(className, label, accessibleName) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = className;
    button.textContent = label;
    // The name begins with the visible text, so speech input "click Copy link" finds it.
    button.setAttribute("aria-label", accessibleName);
    return button;
  }

  /** Say ``message`` in the card's status, clearing the other cards' (one at a time). */
  function announce(confirmation, message) {
    for (const other of document.querySelectorAll(".awards-copy-status")) {
      other.textContent = "";
    }
    confirmation.textContent = message;
  }

  /** The card's copy controls: "Copy link" for a card that is a link target, "Cite" for one
   * with a BibTeX entry, and the status that confirms either. */
  function setUpCopyControls(card) {
    const bibtex = card.querySelector("template.awards-bibtex")?.content.textContent.trim();
    if (!card.id && !bibtex) return;
    const title = card.querySelector(".awards-card-title")?.textContent.trim() ?? card.id;
    const confirmation = document.createElement("span");
    confirmation.className = "awards-copy-status";
    confirmation.setAttribute("role", "status");
    const control = document.createElement("p");
    control.className = "awards-copy";

    if (card.id) {
      const url = new URL(window.location.href);
      url.search = "";
      url.hash = card.id;
      const button = copyButton(
        "awards-copy-link",
        text("copyLink"),
        text("copyLinkLabel", { title }),
      );
      button.addEventListener("click", async () => {
        announce(
          confirmation,
          (await copy(url.href)) ? text("linkCopied") : text("copyThisLink", { url: url.href }),
        );
      });
      control.append(button);
    }

    if (bibtex) {
      const button = copyButton("awards-cite", text("cite"), text("citeLabel", { title }));
      button.addEventListener("click", async () => {
        card.querySelector(".awards-bibtex-field")?.remove();
        if (await copy(bibtex)) {
          announce(confirmation, text("citationCopied"));
          return;
        }
        // Too long to read out: the entry is shown, selected, for the reader to copy.
        const field = document.createElement("textarea");
        field.className = "awards-bibtex-field";
        field.readOnly = true;
        field.rows = bibtex.split("\n").length;
        field.value = bibtex;
        field.setAttribute("aria-label", text("citationFieldLabel", { title }));
        control.after(field);
        announce(confirmation, text("copyThisCitation"));
        field.focus();
        field.select();
      });
      control.append(button);
    }

    control.append(confirmation);
    (card.querySelector(".sd-card-footer") ?? card).append(control);
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
