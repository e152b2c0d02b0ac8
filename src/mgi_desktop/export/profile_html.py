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
from mgi_desktop.export.profile import (
    DEVELOPMENTS_HEADING,
    POTENTIAL_HEADING,
    SOURCES_HEADING,
    WELL_DEVELOPED_HEADING,
    Profile,
)
from mgi_desktop.export.wheel import wheel_svg
from mgi_desktop.links import href

WHEEL_RESOURCE = "mgi-wheel.png"
NONE_RECORDED = "None recorded."

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
@media print { body { max-width: none; margin: 0; } }
"""


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def _list(items: list[str]) -> str:
    if not items:
        return f'<p class="none">{NONE_RECORDED}</p>'
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def render_html(profile: Profile, *, for_qt: bool = False) -> str:
    out = ['<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
           f"<title>{escape(profile.title)}</title>",
           f"<style>{_CSS}</style></head><body>"]
    out.append('<div class="title-page">')
    out.append('<p class="kicker">Migration Governance Indicators</p>')
    out.append(f"<h1>{escape(profile.title)}</h1>")
    out.append(f'<p class="subtitle">{escape(profile.level_label)} MGI &#183; {escape(profile.round_label)} '
               f"&#183; {escape(profile.date_label)}</p>")
    out.append(f'<p class="meta">{escape(profile.place)} &#8212; round {profile.round}<br>'
               f"Questionnaire: {escape(profile.framework_label)}</p>")
    if profile.validation_line:
        out.append(_validation(profile, for_qt))
    if profile.notice:
        out.append(f'<p class="notice"><i>{escape(profile.notice)}</i></p>')
    out.append("</div>")

    out.append('<h2 class="newpage">About the Migration Governance Indicators</h2>')
    out.append(_paragraphs(profile.about))
    out.append("<h2>Introduction</h2>")
    out.append(_paragraphs(profile.introduction))
    out.append('<h2 class="newpage">The six domains</h2>')
    if for_qt:
        out.append(f'<p class="wheel" align="center"><img src="{WHEEL_RESOURCE}"></p>')
    else:
        out.append(f'<div class="wheel">{wheel_svg(profile.wheel_labels, size=360)}</div>')
    out.append("<ol>" + "".join(f"<li>{escape(d.long_title)}</li>" for d in profile.domains) + "</ol>")

    for domain in profile.domains:
        out.append(f'<h2 class="newpage">Domain {domain.number}: {escape(domain.title)}</h2>')
        if domain.long_title != domain.title:
            out.append(f'<p class="long-title"><i>{escape(domain.long_title)}</i></p>')
        out.append(_paragraphs(domain.description))
        out.append(f"<h3>{WELL_DEVELOPED_HEADING}</h3>")
        out.append(_list(domain.well_developed))
        out.append(f"<h3>{POTENTIAL_HEADING}</h3>")
        out.append(_list(domain.potential))

    if profile.follow_up:
        out.append(f'<h2 class="newpage">{DEVELOPMENTS_HEADING}</h2>')
        out.append(_developments(profile))

    out.append(f'<h2 class="newpage">{SOURCES_HEADING}</h2>')
    if not profile.sources:
        out.append(f"<p>{NONE_RECORDED}</p>")
    titles = {d.number: d.title for d in profile.domains}
    for number in sorted(profile.sources):
        out.append(f"<h3>Domain {number}: {escape(titles.get(number, ''))}</h3><ul>")
        for source in profile.sources[number]:
            out.append(f"<li>{escape(source.text)}{_address(source.url)}</li>")
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def _validation(profile: Profile, for_qt: bool) -> str:
    """The validation's line; a warning stands out (QTextDocument draws no border around a paragraph,
    so the PDF gets a one-cell table with the same colours)."""
    text = escape(profile.validation_line)
    if not profile.validation_warning:
        return f'<p class="validation">{text}</p>'
    if for_qt:
        return ('<table class="validation-warning" width="100%" cellpadding="6" cellspacing="0" border="1" '
                f'bgcolor="#FFE4E1"><tr><td><font color="#9C0006"><b>{text}</b></font></td></tr></table>')
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


def _developments(profile: Profile) -> str:
    previous = f"round {profile.previous_round}" if profile.previous_round else "the previous round"
    if not profile.previous_available:
        return ("<p>The previous round is not in this database, so the answers cannot be compared here.</p>")
    if not profile.developments:
        return f"<p>No answer changed since {previous}.</p>"
    rows = "".join(
        f"<tr><td>{d.domain}</td><td>{escape(d.code)}</td><td>{escape(d.question)}</td>"
        f"<td>{escape(d.before)}</td><td>{escape(d.now)}</td></tr>" for d in profile.developments)
    return (f"<p>Answers that changed since {previous} (previous answer, then the answer now):</p>"
            '<table class="changes" width="100%" cellspacing="0" cellpadding="4"><tr><th width="11%">Domain</th>'
            f'<th width="15%">Question</th><th width="38%">Text</th>'
            f'<th width="18%">{escape(previous.capitalize())}</th><th width="18%">Now</th></tr>'
            f"{rows}</table>")


def write_html(profile: Profile, target: Path) -> Path:
    atomic.write_text(Path(target), render_html(profile))
    return Path(target)
