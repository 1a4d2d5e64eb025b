"""A page's form as a browser reads it, with the standard library's HTML parser: what submitting
it unchanged would send, and which messages each field is tied to. Tests use it to check that
a page shows each field as it should, whatever the markup around the value looks like."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements that never have an end tag, so never stay open.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


@dataclass
class ShownForm:
    """``values``: what the form sends as it is shown (name → values, in order; the CSRF token
    left out). ``notes``: per field, the texts its ``aria-describedby`` (or that of a group
    around it) points at. ``invalid``: the fields marked ``aria-invalid`` (or in such a group)."""

    values: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)
    invalid: set[str] = field(default_factory=set)


@dataclass
class _Open:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self, action: str) -> None:
        super().__init__(convert_charrefs=True)
        self.action = action
        self.open: list[_Open] = []
        self.texts: dict[str, str] = {}  # element id -> its text
        self.described: dict[str, list[str]] = {}  # field -> ids it is described by
        self.invalid: set[str] = set()
        self.values: list[tuple[str, str]] = []
        self.in_form = False
        self.options: list[tuple[str, bool]] = []  # the open select's (value, selected)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("action") == self.action:
            self.in_form = True
        if tag == "select":
            self.options = []
        if self.in_form and tag in ("input", "textarea", "select") and a.get("name"):
            self._control(tag, a)
        if tag == "option" and self.open and self.open[-1].tag == "option":
            self._end("option")  # an option ends where the next begins
        if tag not in VOID:
            self.open.append(_Open(tag, a))

    def _control(self, tag: str, a: dict[str, str]) -> None:
        name = a["name"]
        scopes = [a, *(o.attrs for o in self.open)]
        self.described.setdefault(name, []).extend(
            i for s in scopes for i in s.get("aria-describedby", "").split()
        )
        if any(s.get("aria-invalid") == "true" for s in scopes):
            self.invalid.add(name)
        if tag == "input" and a.get("type", "text") in ("checkbox", "radio"):
            if "checked" in a:
                self.values.append((name, a.get("value", "on")))
        elif tag == "input" and a.get("type", "text") not in ("submit", "button"):
            self.values.append((name, a.get("value", "")))

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if any(o.tag == tag for o in self.open):
            self._end(tag)
        if tag == "form":
            self.in_form = False

    def _end(self, tag: str) -> None:
        while True:
            element = self.open.pop()
            text = "".join(element.text)
            if "id" in element.attrs:
                self.texts[element.attrs["id"]] = " ".join(text.split())
            if element.tag == "option":
                self.options.append((element.attrs.get("value", text), "selected" in element.attrs))
            if self.in_form and element.tag == "textarea" and element.attrs.get("name"):
                # A browser drops a newline right after <textarea>.
                value = text[2:] if text.startswith("\r\n") else text.removeprefix("\n")
                self.values.append((element.attrs["name"], value))
            if self.in_form and element.tag == "select" and element.attrs.get("name"):
                chosen = [v for v, selected in self.options if selected] or [
                    v for v, _ in self.options[:1]
                ]
                self.values.extend((element.attrs["name"], v) for v in chosen[-1:])
            if element.tag == tag:
                return


def shown_form(html: str, action: str) -> ShownForm:
    """The form of ``html`` that posts to ``action``, as a browser would show and send it."""
    reader = _Reader(action)
    reader.feed(html)
    reader.close()
    shown = ShownForm(invalid=reader.invalid)
    for name, value in reader.values:
        if name != "csrf_token":
            shown.values.setdefault(name, []).append(value)
    for name, ids in reader.described.items():
        shown.notes[name] = [reader.texts[i] for i in ids if i in reader.texts]
    return shown
