"""The profile report as one self-contained HTML file (and the HTML that Qt's
QTextDocument turns into the PDF).

``for_qt=True`` keeps to what QTextDocument renders (no inline SVG: the wheel
is an image resource the PDF writer supplies under `WHEEL_RESOURCE`, simple
CSS); the browser version inlines the SVG wheel.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from mgi_desktop import atomic
from mgi_desktop.export import labels as L
from mgi_desktop.export import profile as P
from mgi_desktop.export.profile import Profile
from mgi_desktop.export.wheel import wheel_svg
from mgi_desktop.links import href

WHEEL_RESOURCE = "mgi-wheel.png"

_CSS = """
body { font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.45; max-width: 46em;
       margin: 2em auto; padding: 0 1em; }
h1 { color: #0033A0; font-size: 26pt; margin: 0.2em 0; }
h2 { color: #0033A0; font-size: 17pt; border-bottom: 2px solid #0033A0; padding-bottom: 0.15em;
     margin-top: 1.6em; }
h3 { color: #1F6FB2; font-size: 13pt; margin-top: 1.1em; }
.kicker { color: #1F6FB2; font-size: 12pt; letter-spacing: 0.05em; text-transform: uppercase; }
.subtitle { font-size: 14pt; }
.meta, .notice, .long-title { color: #555555; }
.credits { color: #333333; font-size: 9.5pt; border-top: 1px solid #bbbbbb; margin-top: 2em; }
.title-page { margin-bottom: 3em; }
.wheel { text-align: center; margin: 1em 0; line-height: 100%; }
table.changes { border-collapse: collapse; width: 100%; }
table.changes th, table.changes td { border: 1px solid #bbbbbb; padding: 4px 6px; vertical-align: top;
       text-align: left; }
table.changes th { background: #DCE6F1; }
.newpage { page-break-before: always; }
.validation { color: #1a1a1a; }
.validation-warning { color: #9C0006; background-color: #FFE4E1; border: 2px solid #9C0006; padding: 6px;
       font-weight: bold; }
.draft-mark { color: #9C0006; border: 2px solid #9C0006; background-color: #FFFFFF; font-weight: bold;
       text-align: center; letter-spacing: 0.08em; padding: 4px; margin-bottom: 1em; }
@media print { body { max-width: none; margin: 0; }
       /* a fixed block is printed on every page */
       .draft-mark { position: fixed; top: 0; left: 0; right: 0; margin: 0; }
       body.draft { padding-top: 3em; } }
"""


def _paragraphs(text: str, block: str = "") -> str:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p{block}>{escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def profile_wheel_svg(profile: Profile, size: int = 480) -> str:
    """The six-domain wheel of the profile, its title and centre in the profile's language."""
    return wheel_svg(profile.wheel_labels, size=size, centre_label=profile.say(P.WHEEL_CENTRE),
                     caption=profile.say(P.WHEEL_TITLE))


def render_html(profile: Profile, *, for_qt: bool = False) -> str:
    say = profile.say
    lang, direction = escape(profile.language), profile.direction
    # QTextDocument reads the direction from each block, not from <html>: the body's blocks say it too
    block = f' dir="{direction}"' if for_qt and direction == "rtl" else ""
    # "left" is the leading edge to QTextDocument (the right in a right-to-left block); a browser says "start"
    css = _CSS if for_qt else _CSS.replace("text-align: left", "text-align: start")
    out = [f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">',
           f"<title>{escape(profile.title)}</title>",
           f'<style>{css}</style></head><body lang="{lang}" dir="{direction}"'
           + (' class="draft">' if profile.draft else ">")]
    if profile.draft and not for_qt:  # the PDF writer draws the mark on each of its pages itself
        out.append(f'<div class="draft-mark" role="note">{escape(profile.draft_mark)}</div>')
    out.append('<div class="title-page">')
    out.append(f'<p class="kicker"{block}>{escape(say(L.MGI))}</p>')
    out.append(f"<h1{block}>{escape(profile.title)}</h1>")
    out.append(f'<p class="subtitle"{block}>{escape(profile.subtitle)}</p>')
    out.append(f'<p class="meta"{block}>{escape(say(P.PLACE_ROUND, place=profile.place, n=profile.round))}<br>'
               f"{escape(say(P.QUESTIONNAIRE, framework=profile.framework_label))}</p>")
    if profile.validation_line:
        out.append(_validation(profile, for_qt, block))
    if profile.notice:
        out.append(f'<p class="notice"{block}>{_italic(profile, escape(profile.notice))}</p>')
    out.append("</div>")

    out.append(f'<h2 class="newpage"{block}>{escape(say(P.ABOUT_HEADING))}</h2>')
    out.append(_paragraphs(profile.about, block))
    for domain in profile.domains:  # the six domains as this level frames them (national or local)
        out.append(f'<h3{block}>{escape(domain.title)}</h3>')
        out.append(_paragraphs(domain.description, block))
    out.append(f'<h2 class="newpage"{block}>{escape(say(P.INTRODUCTION_HEADING))}</h2>')
    out.append(_paragraphs(profile.introduction, block))
    if profile.credits:
        out.append(f'<div class="credits">{_paragraphs(profile.credits, block)}</div>')
    out.append(f'<h2 class="newpage"{block}>{escape(say(P.DOMAINS_HEADING))}</h2>')
    if for_qt:
        out.append(f'<p class="wheel" align="center"><img src="{WHEEL_RESOURCE}"></p>')
    else:
        out.append(f'<div class="wheel">{profile_wheel_svg(profile, 360)}</div>')
    out.append(f"<ol{block}>" + "".join(f"<li{block}>{escape(d.long_title)}</li>" for d in profile.domains)
               + "</ol>")

    for domain in profile.domains:
        heading = say(P.DOMAIN_HEADING, n=domain.number, title=domain.title)
        out.append(f'<h2 class="newpage"{block}>{escape(heading)}</h2>')
        if domain.long_title != domain.title:
            out.append(f'<p class="long-title"{block}>{_italic(profile, escape(domain.long_title))}</p>')
        if not domain.well_developed and not domain.potential:  # one sober line, not two empty lists
            out.append(f'<p class="none"{block}>{escape(say(P.NO_FINDINGS))}</p>')
        for heading_template, items in ((P.WELL_DEVELOPED_HEADING, domain.well_developed),
                                        (P.POTENTIAL_HEADING, domain.potential)):
            if items:
                out.append(f"<h3{block}>{escape(say(heading_template))}</h3>")
                out.append("<ul>" + "".join(f"<li{block}>{escape(i)}</li>" for i in items) + "</ul>")

    if profile.follow_up:
        out.append(f'<h2 class="newpage"{block}>{escape(say(P.DEVELOPMENTS_HEADING))}</h2>')
        out.append(_developments(profile, block, for_qt))

    out.append(f'<h2 class="newpage"{block}>{escape(say(P.SOURCES_HEADING))}</h2>')
    if not profile.sources:
        out.append(f"<p{block}>{escape(say(P.NONE_RECORDED))}</p>")
    titles = {d.number: d.title for d in profile.domains}
    for number in sorted(profile.sources):
        heading = say(P.DOMAIN_HEADING, n=number, title=titles.get(number, ""))
        out.append(f"<h3{block}>{escape(heading)}</h3><ul>")
        for source in profile.sources[number]:
            out.append(f"<li{block}>{escape(source.text)}{_address(source.url)}</li>")
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def _italic(profile: Profile, html: str) -> str:
    """Italics, where the script has them: Arabic writing has none (Qt draws no glyph for an italic Arabic
    face it lacks, and leaves the notice blank in the PDF)."""
    return html if profile.direction == "rtl" else f"<i>{html}</i>"


def _validation(profile: Profile, for_qt: bool, block: str = "") -> str:
    """The validation's line; a warning stands out (QTextDocument draws no border around a paragraph,
    so the PDF gets a one-cell table with the same colours)."""
    text = escape(profile.validation_line)
    if not profile.validation_warning:
        return f'<p class="validation"{block}>{text}</p>'
    if for_qt:
        return ('<table class="validation-warning" width="100%" cellpadding="6" cellspacing="0" border="1" '
                f'bgcolor="#FFE4E1"><tr><td{block}><font color="#9C0006"><b>{text}</b></font></td></tr></table>')
    return f'<p class="validation-warning" role="alert">{text}</p>'


def _address(url: str) -> str:
    """A source's web address after its citation: a link only for http, https and mailto (`links.href`);
    anything else (``javascript:``, ``data:``, ``file:``... an old database may hold one) as plain text."""
    if not url:
        return ""
    target = href(url)
    if target is None:
        return f" {escape(url)}"
    return f' <a href="{escape(target)}">{escape(url)}</a>'


def _developments(profile: Profile, block: str = "", for_qt: bool = False) -> str:
    say = profile.say
    if not profile.previous_available:
        return f"<p{block}>{escape(say(P.PREVIOUS_MISSING))}</p>"
    known = profile.previous_round
    if not profile.developments:
        return f"<p{block}>{escape(say(P.UNCHANGED_SINCE, round=known) if known else say(P.UNCHANGED))}</p>"
    n = len(profile.developments)
    intro = say(P.CHANGED_SINCE, n=n, round=known) if known else say(P.CHANGED, n=n)
    previous = say(P.ROUND_COLUMN, round=known) if known else say(P.PREVIOUS_COLUMN)
    rtl = profile.direction == "rtl"
    # a browser lays the columns out from the right itself (dir="rtl"); QTextDocument does not: they are reversed
    flip = rtl and for_qt

    def row(cells: list[str]) -> str:
        return "<tr>" + "".join(reversed(cells) if flip else cells) + "</tr>"

    head = row([f'<th width="{w}%"{block}>{escape(text)}</th>' for w, text in (
        (14, say(L.DOMAIN)), (12, say(L.QUESTION)), (36, say(P.TEXT_COLUMN)), (19, previous),
        (19, say(P.NOW_COLUMN)))])
    body = "".join(row([f"<td{block}>{escape(str(value))}</td>" for value in (
        d.domain, d.code, d.question, d.before, d.now)]) for d in profile.developments)
    table_dir = ' dir="rtl"' if rtl else ""
    return (f"<p{block}>{escape(intro)}</p>"
            f'<table class="changes"{table_dir} width="100%" cellspacing="0" cellpadding="4">{head}{body}</table>')


def write_html(profile: Profile, target: Path) -> Path:
    atomic.write_text(Path(target), render_html(profile))
    return Path(target)
