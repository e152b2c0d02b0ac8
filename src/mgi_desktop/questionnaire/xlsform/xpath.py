"""XLSForm's expressions (the XPath that form authors write) to and from the app's condition language.

Both languages are parsed into one small tree (`Node`), and each has a printer.  Reading a form,
an XPath cell becomes a tree, names become the app's codes, and the app's text is printed; writing
a form, the app's expression (parsed by `conditions.parse`) becomes a tree, then XPath.  What one
side cannot say is refused with a message (`XPathError`), never dropped.

The XPath subset: ``${name}``, ``.``, strings, numbers, ``= != < <= > >=``, ``and or``, ``+ - *
div``, parentheses, and the functions ``selected()``, ``count-selected()``, ``string-length()``,
``not()``, ``true()``, ``false()``.  In a ``choice_filter`` a bare name stands for a column of the
choices sheet (``state = ${state}``).

Meanings that differ between the two are translated, not copied:

- an empty answer is ``''`` in XPath and missing in the app: ``${q} != ''`` is ``answered(${q})``;
- ``=`` on a multiple choice compares the whole selection in XPath but asks "is it selected" in
  the app, so the app's ``${m} = 'x'`` is written ``selected(${m}, 'x')`` and XPath's
  ``${m} = 'x'`` is read ``selected(${m}, 'x') and count(${m}) = 1``;
- the app's ``x in ('a', 'b')`` has no XPath operator: it is written as a chain of ``or`` and read
  back as ``in`` when a chain compares one operand to literals.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mgi_desktop.messages import Message, Template
from mgi_desktop.questionnaire import conditions

if TYPE_CHECKING:
    from lark import Lark, Token, Tree

UNREADABLE = Template("xlsform.expression_unreadable", "cannot read the expression {source}")
UNREADABLE_AT = Template("xlsform.expression_unreadable_at", "cannot read the expression {source} at column {column}")
UNKNOWN_NAME = Template("xlsform.unknown_name", "the expression names {name}, which is not a question of the form")
UNSUPPORTED_FUNCTION = Template("xlsform.unsupported_function",
                                "the expression uses {function}(), which the app cannot evaluate")
UNSUPPORTED_PATH = Template("xlsform.unsupported_path", "the expression uses the path {path}: write {instead} instead")
UNSUPPORTED_OPERATOR = Template("xlsform.unsupported_operator",
                                "the expression uses the operator {operator}, which the app cannot evaluate")
BARE_NAME = Template("xlsform.bare_name",
                     "the expression names {name} without a dollar sign and braces: write {instead}")
FUNCTION_ARGUMENTS = Template("xlsform.function_arguments", "{function}() takes {n} argument, {given} given",
                              plural="{function}() takes {n} arguments, {given} given", count="n")
NO_SUCH_COLUMN = Template("xlsform.no_such_column",
                          "the choice filter names {name}, which is not a column of the choices sheet")
SELF_HERE = Template("xlsform.self_here", "'.' (the answer itself) can only be used in a constraint")


class XPathError(ValueError):
    def __init__(self, msg: Message) -> None:
        super().__init__(msg.code)
        self.msg = msg


# -- the shared tree ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    """One node: ``kind`` and its parts.

    or / and: ``args`` the operands; not: ``args[0]``; cmp: ``op``, ``args`` the two sides; in:
    ``args[0]`` the operand, ``args[1:]`` the literals; arith: ``op``, two ``args``; neg: ``args[0]``;
    num (``value`` its text), str, bool, null; ref (``value`` a code or name); self; name (a bare
    name in a choice filter); call: ``value`` the function, ``args``.
    """

    kind: str
    args: tuple[Node, ...] = ()
    op: str = ""
    value: Any = None


def _lit(kind: str, value: Any) -> Node:
    return Node(kind, value=value)


def _is_literal(node: Node) -> bool:
    return node.kind in ("num", "str", "bool", "null")


# -- XPath: reading ------------------------------------------------------------------------------

GRAMMAR = r"""
?start: or_expr
?or_expr: and_expr | and_expr ("or" and_expr)+            -> or_
?and_expr: eq_expr | eq_expr ("and" eq_expr)+             -> and_
?eq_expr: rel_expr | rel_expr EQ_OP rel_expr              -> compare
?rel_expr: add_expr | add_expr REL_OP add_expr            -> compare
?add_expr: mul_expr | add_expr ADD_OP mul_expr            -> arith
?mul_expr: unary | mul_expr MUL_OP unary                  -> arith
?unary: "-" unary                                          -> neg
      | primary
?primary: NUMBER                                           -> number
        | STRING                                           -> string
        | REF                                              -> ref
        | "."                                              -> self_
        | PATH                                             -> path
        | FUNC "(" [or_expr ("," or_expr)*] ")"            -> call
        | NAME                                             -> name
        | "(" or_expr ")"
EQ_OP: "!=" | "="
REL_OP: "<=" | ">=" | "<" | ">"
ADD_OP: "+" | "-"
MUL_OP: "*" | /div\b/ | /mod\b/
REF: "${" /[A-Za-z_][A-Za-z0-9._-]*/ "}"
FUNC.3: /[A-Za-z_][A-Za-z0-9_:-]*(?=\s*\()/
PATH.2: /(\.\.|\/)[A-Za-z0-9_.\/:-]*/
NAME: /(?!(and|or|div|mod)\b)[A-Za-z_][A-Za-z0-9_.-]*/
STRING: /'[^']*'/ | /"[^"]*"/
NUMBER: /\d+(\.\d*)?|\.\d+/
%import common.WS
%ignore WS
"""


@functools.cache
def _parser() -> Lark:
    from lark import Lark

    return Lark(GRAMMAR, parser="lalr", maybe_placeholders=False)


#: XPath functions the app evaluates, with their argument counts
_XPATH_FUNCTIONS = {"selected": 2, "count-selected": 1, "string-length": 1, "not": 1, "true": 0, "false": 0}


def parse_xpath(source: str) -> Node:
    """An XPath cell as a tree (names kept as written); `XPathError` if it is outside the subset."""
    from lark import UnexpectedInput

    try:
        tree = _parser().parse(source)
    except UnexpectedInput as exc:
        column = getattr(exc, "column", None)
        if isinstance(column, int) and column > 0:
            raise XPathError(UNREADABLE_AT(source=repr(source), column=column)) from None
        raise XPathError(UNREADABLE(source=repr(source))) from None
    return _from_xpath_tree(tree)


def _from_xpath_tree(node: Tree[Token] | Token) -> Node:
    data = getattr(node, "data", None)
    children: list[Any] = list(getattr(node, "children", []))
    if data == "or_":
        return Node("or", tuple(_from_xpath_tree(c) for c in children))
    if data == "and_":
        return Node("and", tuple(_from_xpath_tree(c) for c in children))
    if data == "compare":
        return Node("cmp", (_from_xpath_tree(children[0]), _from_xpath_tree(children[2])), op=str(children[1]))
    if data == "arith":
        op = str(children[1])
        if op == "mod":
            raise XPathError(UNSUPPORTED_OPERATOR(operator="mod"))
        return Node("arith", (_from_xpath_tree(children[0]), _from_xpath_tree(children[2])),
                    op="/" if op == "div" else op)
    if data == "neg":
        return Node("neg", (_from_xpath_tree(children[0]),))
    if data == "number":
        text = str(children[0])
        text = "0" + text if text.startswith(".") else text.rstrip(".") if text.endswith(".") else text
        return _lit("num", text)
    if data == "string":
        return _lit("str", str(children[0])[1:-1])
    if data == "ref":
        return _lit("ref", str(children[0])[2:-1])
    if data == "self_":
        return Node("self")
    if data == "path":
        path = str(children[0])
        raise XPathError(UNSUPPORTED_PATH(path=repr(path), instead="${" + path.rstrip("/").rsplit("/", 1)[-1] + "}"))
    if data == "name":
        return _lit("name", str(children[0]))
    if data == "call":
        name = str(children[0])
        args = tuple(_from_xpath_tree(c) for c in children[1:] if c is not None)
        if name not in _XPATH_FUNCTIONS:
            raise XPathError(UNSUPPORTED_FUNCTION(function=name))
        if len(args) != _XPATH_FUNCTIONS[name]:
            raise XPathError(FUNCTION_ARGUMENTS(function=name, n=_XPATH_FUNCTIONS[name], given=len(args)))
        if name == "true":
            return _lit("bool", True)
        if name == "false":
            return _lit("bool", False)
        if name == "not":
            return Node("not", args)
        return Node("call", args, value=name)
    raise XPathError(UNREADABLE(source=repr(str(node))))  # pragma: no cover - the grammar has no other node


def _swap(op: str) -> str:
    return {"<": ">", ">": "<", "<=": ">=", ">=": "<="}.get(op, op)


def xpath_to_app(node: Node, code_of: Mapping[str, str], multiple: Callable[[str], bool],
                 *, allow_self: bool) -> Node:
    """The XPath tree as the app's: names become codes (``code_of``: XLSForm name -> code), and the
    meanings that differ are translated (see the module's notes).  ``multiple(code)``: is that
    question a multiple choice."""

    def ref(name: str) -> Node:
        if name not in code_of:
            raise XPathError(UNKNOWN_NAME(name="${" + name + "}"))
        return _lit("ref", code_of[name])

    def is_multi(n: Node) -> bool:
        return n.kind == "ref" and multiple(n.value)

    def go(n: Node) -> Node:
        if n.kind == "ref":
            return ref(n.value)
        if n.kind == "self":
            if not allow_self:
                raise XPathError(SELF_HERE())
            return n
        if n.kind == "name":
            raise XPathError(BARE_NAME(name=repr(n.value), instead="${" + str(n.value) + "}"))
        if n.kind == "cmp":
            left, right = go(n.args[0]), go(n.args[1])
            if _is_literal(left) and not _is_literal(right):
                left, right, op = right, left, _swap(n.op)
            else:
                op = n.op
            if right.kind == "str" and right.value == "" and op in ("=", "!="):
                answered = Node("call", (left,), value="answered")
                return answered if op == "!=" else Node("not", (answered,))
            if is_multi(left) and right.kind == "str" and op in ("=", "!="):
                exactly = Node("and", (Node("call", (left, right), value="selected"),
                                       Node("cmp", (Node("call", (left,), value="count"), _lit("num", "1")), op="=")))
                return exactly if op == "=" else Node("not", (exactly,))
            return Node("cmp", (left, right), op=op)
        if n.kind == "call":
            args = tuple(go(a) for a in n.args)
            name = {"count-selected": "count", "string-length": "length"}.get(n.value, n.value)
            return Node("call", args, value=name)
        if n.kind == "or":
            return _as_in(Node("or", tuple(go(a) for a in n.args)))
        if n.args:
            return Node(n.kind, tuple(go(a) for a in n.args), op=n.op, value=n.value)
        return n

    return go(node)


def _as_in(node: Node) -> Node:
    """``a = 'x' or a = 'y'`` (or ``selected(a, 'x') or selected(a, 'y')``) as ``a in ('x', 'y')``."""
    operand: Node | None = None
    literals: list[Node] = []
    for arg in node.args:
        if arg.kind == "cmp" and arg.op == "=" and _is_literal(arg.args[1]) and arg.args[1].kind != "null":
            this, literal = arg.args
        elif arg.kind == "call" and arg.value == "selected" and _is_literal(arg.args[1]):
            this, literal = arg.args
        else:
            return node
        if this.kind not in ("ref", "self") or (operand is not None and this != operand):
            return node
        operand = this
        literals.append(literal)
    if operand is None or len(literals) < 2:
        return node
    return Node("in", (operand, *literals))


# -- choice filters -------------------------------------------------------------------------------


def choice_condition(node: Node, columns: Mapping[str, str]) -> Node:
    """A choice filter for one choice: bare names become that choice's column values (``name``
    its code), and what is then known is worked out (``'north' = 'north'`` is true), so what is
    left depends on the answers only.  Returns a ``bool`` node when nothing is left."""

    def go(n: Node) -> Node:
        if n.kind == "name":
            if n.value not in columns:
                raise XPathError(NO_SUCH_COLUMN(name=repr(n.value)))
            return _lit("str", columns[n.value])
        if n.kind == "cmp":
            left, right = go(n.args[0]), go(n.args[1])
            if _is_literal(left) and _is_literal(right):
                return _lit("bool", _compare_literals(n.op, left, right))
            return Node("cmp", (left, right), op=n.op)
        if n.kind == "not":
            inner = go(n.args[0])
            return _lit("bool", not inner.value) if inner.kind == "bool" else Node("not", (inner,))
        if n.kind in ("and", "or"):
            short, neutral = (False, True) if n.kind == "and" else (True, False)
            kept = []
            for arg in n.args:
                done = go(arg)
                if done.kind == "bool":
                    if done.value is short:
                        return _lit("bool", short)
                    continue  # the neutral value: it changes nothing
                kept.append(done)
            if not kept:
                return _lit("bool", neutral)
            return kept[0] if len(kept) == 1 else Node(n.kind, tuple(kept))
        if n.args:
            return Node(n.kind, tuple(go(a) for a in n.args), op=n.op, value=n.value)
        return n

    return go(node)


def _compare_literals(op: str, left: Node, right: Node) -> bool:
    a: Any = left.value
    b: Any = right.value
    if left.kind == "num" or right.kind == "num":  # XPath compares a string and a number as numbers
        try:
            a, b = float(a), float(b)
        except (TypeError, ValueError):
            return op == "!="
    return bool({"=": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op])


# -- the app's language: from its tree, and printed ----------------------------------------------------


def from_app(source: str) -> Node:
    """An app expression (as in a questionnaire file) as the shared tree."""
    return _from_app_tree(conditions.parse(source).tree)


def _from_app_tree(node: Tree[Token] | Token) -> Node:
    data = getattr(node, "data", None)
    children: list[Any] = list(getattr(node, "children", []))
    if data in ("or_", "and_"):
        return Node(data[:-1], tuple(_from_app_tree(c) for c in children))
    if data == "not_":
        return Node("not", (_from_app_tree(children[0]),))
    if data == "compare":
        return Node("cmp", (_from_app_tree(children[0]), _from_app_tree(children[2])), op=str(children[1]))
    if data == "in_":
        return Node("in", tuple(_from_app_tree(c) for c in children))
    if data == "arith":  # a chain, made left-associative
        result = _from_app_tree(children[0])
        for i in range(1, len(children), 2):
            result = Node("arith", (result, _from_app_tree(children[i + 1])), op=str(children[i]))
        return result
    if data == "neg":
        return Node("neg", (_from_app_tree(children[0]),))
    if data == "number":
        return _lit("num", str(children[0]))
    if data == "string":
        return _lit("str", str(children[0])[1:-1])
    if data in ("true", "false"):
        return _lit("bool", data == "true")
    if data == "null":
        return Node("null")
    if data == "ref":
        return _lit("ref", str(children[0])[2:-1])
    if data == "self_":
        return Node("self")
    if data == "call":
        return Node("call", tuple(_from_app_tree(c) for c in children[1:] if c is not None), value=str(children[0]))
    raise ValueError(f"unexpected node {data!r}")  # pragma: no cover - the grammar has no other node


#: Binding strength of each kind in the app's grammar (higher binds tighter).
_APP_LEVEL = {"or": 1, "and": 2, "not": 3, "cmp": 4, "in": 4, "neg": 7}


def _app_level(node: Node) -> int:
    if node.kind == "arith":
        return 5 if node.op in "+-" else 6
    return _APP_LEVEL.get(node.kind, 8)


def _quote(text: str) -> str:
    return f'"{text}"' if "'" in text else f"'{text}'"


def app_text(node: Node) -> str:
    """The app's text of a tree (single quotes, one space around operators, parentheses only where
    needed); `conditions.canonical` of it is the one spelling the app keeps."""

    def wrap(child: Node, level: int) -> str:
        text = app_text(child)
        return f"({text})" if _app_level(child) < level else text

    kind = node.kind
    if kind in ("or", "and"):
        level = _APP_LEVEL[kind]
        return f" {kind} ".join(wrap(a, level + 1) for a in node.args)
    if kind == "not":
        inner = node.args[0]
        return "not " + (app_text(inner) if _app_level(inner) >= 8 else f"({app_text(inner)})")
    if kind == "cmp":
        return f"{wrap(node.args[0], 5)} {node.op} {wrap(node.args[1], 5)}"
    if kind == "in":
        return f"{wrap(node.args[0], 5)} in ({', '.join(app_text(a) for a in node.args[1:])})"
    if kind == "arith":
        level = _app_level(node)
        return f"{wrap(node.args[0], level)} {node.op} {wrap(node.args[1], level + 1)}"
    if kind == "neg":
        return "-" + wrap(node.args[0], 7)
    if kind == "num":
        return str(node.value)
    if kind == "str":
        return _quote(node.value)
    if kind == "bool":
        return "true" if node.value else "false"
    if kind == "null":
        return "null"
    if kind == "ref":
        return "${" + str(node.value) + "}"
    if kind == "self":
        return "."
    if kind == "call":
        return f"{node.value}({', '.join(app_text(a) for a in node.args)})"
    raise ValueError(f"unexpected node {kind!r}")  # pragma: no cover


# -- XPath: writing ---------------------------------------------------------------------------------


#: Binding strength in XPath (higher binds tighter); ``not`` and ``in`` become functions and chains.
def _xpath_level(node: Node) -> int:
    if node.kind == "or":
        return 1
    if node.kind == "and":
        return 2
    if node.kind == "cmp":
        return 3 if node.op in ("=", "!=") else 4
    if node.kind == "arith":
        return 5 if node.op in "+-" else 6
    if node.kind == "neg":
        return 7
    return 8


def app_to_xpath(node: Node, name_of: Mapping[str, str], multiple: Callable[[str], bool]) -> Node:
    """The app's tree in XPath's meanings (codes -> XLSForm names through ``name_of``)."""

    def is_multi(n: Node) -> bool:
        return n.kind == "ref" and multiple(n.value)

    def go(n: Node) -> Node:
        if n.kind == "ref":
            return _lit("ref", name_of[n.value])
        if n.kind == "in":
            operand, literals = go(n.args[0]), n.args[1:]
            if is_multi(n.args[0]):
                parts = [Node("call", (operand, go(lit)), value="selected") for lit in literals]
            else:
                parts = [Node("cmp", (operand, go(lit)), op="=") for lit in literals]
            return parts[0] if len(parts) == 1 else Node("or", tuple(parts))
        if n.kind == "cmp":
            left, right = n.args
            if right.kind == "null" or left.kind == "null":
                other = left if right.kind == "null" else right
                return Node("cmp", (go(other), _lit("str", "")), op=n.op)
            if is_multi(left) and right.kind == "str" and n.op in ("=", "!="):
                selected = Node("call", (go(left), right), value="selected")
                return selected if n.op == "=" else Node("not", (selected,))
            return Node("cmp", (go(left), go(right)), op=n.op)
        if n.kind == "call":
            args = tuple(go(a) for a in n.args)
            if n.value == "answered":
                return Node("cmp", (args[0], _lit("str", "")), op="!=")
            if n.value == "count" or (n.value == "length" and is_multi(n.args[0])):
                return Node("call", args, value="count-selected")
            if n.value == "length":
                return Node("call", args, value="string-length")
            return Node("call", args, value=n.value)
        if n.kind == "null":
            return _lit("str", "")
        if n.args:
            return Node(n.kind, tuple(go(a) for a in n.args), op=n.op, value=n.value)
        return n

    return go(node)


def xpath_text(node: Node) -> str:
    """XPath's text of a tree (in XPath's meanings: see `app_to_xpath`)."""

    def wrap(child: Node, level: int) -> str:
        text = xpath_text(child)
        return f"({text})" if _xpath_level(child) < level else text

    kind = node.kind
    if kind in ("or", "and"):
        level = _xpath_level(node)
        return f" {kind} ".join(wrap(a, level + 1) for a in node.args)
    if kind == "not":
        return f"not({xpath_text(node.args[0])})"
    if kind == "cmp":
        level = _xpath_level(node)
        return f"{wrap(node.args[0], level + 1)} {node.op} {wrap(node.args[1], level + 1)}"
    if kind == "arith":
        level = _xpath_level(node)
        op = "div" if node.op == "/" else node.op
        return f"{wrap(node.args[0], level)} {op} {wrap(node.args[1], level + 1)}"
    if kind == "neg":
        return "-" + wrap(node.args[0], 7)
    if kind == "num":
        return str(node.value)
    if kind == "str":
        return _quote(node.value)
    if kind == "bool":
        return "true()" if node.value else "false()"
    if kind == "ref":
        return "${" + str(node.value) + "}"
    if kind == "self":
        return "."
    if kind == "name":
        return str(node.value)
    if kind == "call":
        return f"{node.value}({', '.join(xpath_text(a) for a in node.args)})"
    raise ValueError(f"unexpected node {kind!r}")  # pragma: no cover
