"""A relevance condition in words: why a question is not asked, as a person reads it.

The condition's parsed tree (`conditions.Expression`) is walked node by node into nested
`Message`s, so that each piece is translated like any core message and the whole sentence is
put into the assessment's language by `wording.translate`.  Answers are named by the other
question's code and (at its first mention) its shortened text; answer codes become their choice
labels.  A form this module cannot phrase (arithmetic, ``length``, ``.``) gives a generic sentence
naming the questions the condition reads, never the raw syntax.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mgi_desktop import wording
from mgi_desktop.messages import Message, Template
from mgi_desktop.questionnaire.conditions import Expression
from mgi_desktop.questionnaire.framework import Framework

ASKED_ONLY_WHEN = Template("condition.asked_only_when", "this question is asked only when {condition}.")
ASKED_GENERIC = Template("condition.asked_generic",
                         "this question is asked only with certain answers to {codes}.")
NOW_ANSWER = Template("condition.now_answer", "the answer to {code} is now {answer}.")
NOW_UNANSWERED = Template("condition.now_unanswered", "{code} is not answered yet.")
NOW_NOT_ASKED = Template("condition.now_not_asked", "{code} is itself not asked with the answers so far.")

ANSWER_TO = Template("condition.answer_to", "the answer to {code}")
ANSWER_TO_TEXT = Template("condition.answer_to_text", "the answer to {code} ({question})")
QUESTION = Template("condition.question", "question {code}")
QUESTION_TEXT = Template("condition.question_text", "question {code} ({question})")
COUNT_OF = Template("condition.count_of", "the number of choices in {answer}")
QUOTED = Template("condition.quoted", "“{text}”")

IS = Template("condition.is", "{subject} is {value}")
IS_NOT = Template("condition.is_not", "{subject} is not {value}")
LESS = Template("condition.less", "{subject} is less than {value}")
AT_MOST = Template("condition.at_most", "{subject} is at most {value}")
MORE = Template("condition.more", "{subject} is more than {value}")
AT_LEAST = Template("condition.at_least", "{subject} is at least {value}")
ONE_OF = Template("condition.one_of", "{subject} is {values}")
NONE_OF = Template("condition.none_of", "{subject} is neither {values}")
ANSWERED = Template("condition.answered", "{question} is answered")
NOT_ANSWERED = Template("condition.not_answered", "{question} is not answered")
SELECTED = Template("condition.selected", "{answer} includes {value}")
NOT_SELECTED = Template("condition.not_selected", "{answer} does not include {value}")
NOT = Template("condition.not", "it is not the case that {condition}")
EITHER = Template("condition.either", "{first} or {second}")
NEITHER = Template("condition.neither", "{first} nor {second}")
BOTH = Template("condition.both", "{first} and {second}")
ALTERNATIVES = Template("condition.alternatives", "{first}, or {second}")

#: How much of the other question's text is quoted (whole words, then an ellipsis).
QUESTION_CHARS = 60

_COMPARISONS = {"=": IS, "!=": IS_NOT, "<": LESS, "<=": AT_MOST, ">": MORE, ">=": AT_LEAST}


class _Unphrasable(Exception):
    """A form of the expression language this module does not put into words."""


def shortened(text: str, limit: int = QUESTION_CHARS) -> str:
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words.rfind(" ", 0, limit)
    return words[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


class _Phraser:
    def __init__(self, framework: Framework, language: str) -> None:
        self.framework = framework
        self.language = language
        self.mentioned: set[str] = set()

    # -- pieces ------------------------------------------------------------------------

    def _question_text(self, code: str) -> str | None:
        """The other question's shortened text at its first mention, quoted; None afterwards."""
        if code in self.mentioned or code not in self.framework.placements:
            return None
        self.mentioned.add(code)
        question = self.framework.placements[code].question
        return wording.translate(QUOTED(text=shortened(self.framework.model.text(question.text, self.language))),
                                 self.language)

    def answer_to(self, code: str) -> Message:
        text = self._question_text(code)
        return ANSWER_TO(code=code) if text is None else ANSWER_TO_TEXT(code=code, question=text)

    def question(self, code: str) -> Message:
        text = self._question_text(code)
        return QUESTION(code=code) if text is None else QUESTION_TEXT(code=code, question=text)

    def literal(self, node: Any, about: str | None) -> str:
        """A literal as a reader knows it: an answer code of question `about` as its label, quoted."""
        kind = node.data
        if kind == "number":
            text = str(node.children[0])
            return wording.number(float(text) if "." in text else int(text), self.language)
        if kind == "string":
            value = str(node.children[0])[1:-1]
            placement = self.framework.placements.get(about) if about else None
            choice = placement.choice(value) if placement is not None else None
            shown = self.framework.model.text(choice.label, self.language) if choice is not None else value
            return wording.translate(QUOTED(text=shown), self.language)
        raise _Unphrasable(kind)

    def listed(self, items: list[str], pair: Template) -> Message | str:
        """“Yes”, “Partially” or “No”: all but the last joined by commas, the last by `pair`."""
        if len(items) == 1:
            return items[0]
        separator = "، " if self.language.split("-")[0] == "ar" else ", "
        return pair(first=separator.join(items[:-1]), second=items[-1])

    @staticmethod
    def ref(node: Any) -> str | None:
        return str(node.children[0])[2:-1] if getattr(node, "data", None) == "ref" else None

    # -- the walk ----------------------------------------------------------------------

    def phrase(self, node: Any) -> Message:
        kind = node.data
        children = [c for c in node.children if c is not None]
        if kind in ("and_", "or_"):
            parts = [self.phrase(c) for c in children]
            pair = BOTH if kind == "and_" else ALTERNATIVES
            result = parts[-1]
            for part in reversed(parts[:-1]):
                result = pair(first=part, second=result)
            return result
        if kind == "not_":
            return self.negated(children[0])
        if kind == "compare":
            return self.compare(children[0], str(children[1]), children[2])
        if kind == "in_":
            return self.one_of(children[0], children[1:], negated=False)
        if kind == "call":
            return self.call(children, negated=False)
        if kind == "ref":  # a bare reference: the question has an answer that counts as true
            return ANSWERED(question=self.question(str(self.ref(node))))
        raise _Unphrasable(kind)

    def negated(self, node: Any) -> Message:
        kind = node.data
        children = [c for c in node.children if c is not None]
        if kind == "compare" and str(children[1]) in ("=", "!="):
            return self.compare(children[0], "!=" if str(children[1]) == "=" else "=", children[2])
        if kind == "in_":
            return self.one_of(children[0], children[1:], negated=True)
        if kind == "call":
            return self.call(children, negated=True)
        if kind == "not_":
            return self.phrase(children[0])
        if kind == "ref":
            return NOT_ANSWERED(question=self.question(str(self.ref(node))))
        return NOT(condition=self.phrase(node))

    def subject(self, node: Any) -> tuple[Message, str | None]:
        """What a comparison is about, and the question whose answer codes its literals are."""
        code = self.ref(node)
        if code is not None:
            return self.answer_to(code), code
        if getattr(node, "data", None) == "call" and str(node.children[0]) == "count":
            inner = self.ref(node.children[1])
            if inner is not None:
                return COUNT_OF(answer=self.answer_to(inner)), None
        raise _Unphrasable(getattr(node, "data", "?"))

    def compare(self, left: Any, op: str, right: Any) -> Message:
        if self.ref(left) is None and self.ref(right) is not None:  # 'yes' = ${a} reads as ${a} = 'yes'
            flipped = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
            left, right, op = right, left, flipped.get(op, op)
        if right.data == "null" and self.ref(left) is not None and op in ("=", "!="):
            template = NOT_ANSWERED if op == "=" else ANSWERED
            return template(question=self.question(str(self.ref(left))))
        subject, about = self.subject(left)
        return _COMPARISONS[op](subject=subject, value=self.literal(right, about))

    def one_of(self, left: Any, options: list[Any], *, negated: bool) -> Message:
        subject, about = self.subject(left)
        values = [self.literal(option, about) for option in options]
        if negated:
            return NONE_OF(subject=subject, values=self.listed(values, NEITHER)) if len(values) > 1 \
                else IS_NOT(subject=subject, value=values[0])
        return ONE_OF(subject=subject, values=self.listed(values, EITHER))

    def call(self, children: list[Any], *, negated: bool) -> Message:
        name = str(children[0])
        args = children[1:]
        code = self.ref(args[0]) if args else None
        if code is None:
            raise _Unphrasable(name)
        if name == "answered":
            return (NOT_ANSWERED if negated else ANSWERED)(question=self.question(code))
        if name == "selected":
            answer = self.answer_to(code)
            return (NOT_SELECTED if negated else SELECTED)(answer=answer, value=self.literal(args[1], code))
        raise _Unphrasable(name)


def condition(framework: Framework, code: str, language: str) -> Message | None:
    """Why question `code` may not be asked, as a message (None for a question always asked)."""
    expression = framework.relevance_expression(code)
    return None if expression is None else describe(framework, expression, language)


def describe(framework: Framework, expression: Expression, language: str) -> Message:
    """"this question is asked only when …" for a relevance condition of `framework`."""
    try:
        return ASKED_ONLY_WHEN(condition=_Phraser(framework, language).phrase(expression.tree))
    except _Unphrasable:
        return ASKED_GENERIC(codes=list(expression.references))


def now(framework: Framework, code: str, values: Mapping[str, Any], language: str,
        relevance: Mapping[str, bool] | None = None) -> list[Message]:
    """What the questions the condition of `code` reads hold now (`relevance`: of `values`, if known)."""
    expression = framework.relevance_expression(code)
    if expression is None:
        return []
    if relevance is None:
        relevance = framework.relevance(values)
    result = []
    for other in expression.references:
        if other not in framework.placements:
            continue
        if not relevance.get(other, True):
            result.append(NOW_NOT_ASKED(code=other))
        elif values.get(other) is None:
            result.append(NOW_UNANSWERED(code=other))
        else:
            label = framework.label_of(other, values[other], language)
            result.append(NOW_ANSWER(code=other, answer=wording.translate(QUOTED(text=label), language)))
    return result


def explain(framework: Framework, code: str, values: Mapping[str, Any], language: str,
            relevance: Mapping[str, bool] | None = None) -> str:
    """The condition of `code` and the answers it reads now, in `language` ("" when always asked)."""
    reason = condition(framework, code, language)
    if reason is None:
        return ""
    parts = [reason, *now(framework, code, values, language, relevance)]
    return " ".join(sentence(wording.translate(part, language)) for part in parts)


def sentence(text: str) -> str:
    """A message as a sentence of its own: capitalised (messages start in lower case, to fit in others)."""
    return text[:1].upper() + text[1:]
