"""The library's texts and conditions, compiled once with Jinja2 in a sandbox, and filled in
within bounds (:mod:`coopbuilder.documents.bounds`): a text that would grow too long, loop too
often or run too long is refused with a message naming its clause."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Mapping, Sized
from dataclasses import dataclass
from pathlib import Path
from types import CodeType
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, nodes
from jinja2 import TemplateError as JinjaError
from jinja2.parser import Parser
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from coopbuilder.core import plurals
from coopbuilder.core.errors import Phrase
from coopbuilder.documents import bounds
from coopbuilder.documents.compiled import CodeCache
from coopbuilder.documents.markup import user_value
from coopbuilder.documents.names import Shape, unknown_names
from coopbuilder.documents.yamlfile import TemplateError, YamlFile, where

# -- compiled texts --------------------------------------------------------------------------


def plural(count: int | Sized, one: str, many: str, locale: str = "en") -> str:
    """``{{ n | plural("rule", "rules") }}``: the number and the word for it ("1 rule",
    "5 rules"), in the grammatical number and the number format of the library's ``locale``
    (:mod:`coopbuilder.core.plurals`); given a list, its length. The words stay in the
    template, in its language."""
    number = len(count) if isinstance(count, Sized) and not isinstance(count, str) else count
    if not isinstance(number, int) or isinstance(number, bool):
        raise TypeError(f"plural needs a number or a list, not {number!r}")
    return plurals.plural(number, one, many, locale)


def lower_first(text: str) -> str:
    """``{{ label | lower_first }}``: a label inside a sentence ("Competent authority ..." ->
    "competent authority ..."); a label that starts with an abbreviation ("GDPR controller")
    stays as it is."""
    first = text.split(" ", 1)[0]
    if sum(1 for c in first if c.isupper()) > 1:
        return text
    return text[:1].lower() + text[1:]  # a Markup stays Markup


STEP = "__coopbuilder_step"
"""The global every loop of a text iterates through (see :func:`bounds.stepped`)."""


class BoundedEnvironment(SandboxedEnvironment):
    """Jinja2's sandbox, asking :mod:`~coopbuilder.documents.bounds` before it repeats a
    string, raises a number to a power, formats, pads or joins text."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        bounds.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        bounds.check_call(obj, args)
        return super().call(context, obj, *args, **kwargs)


def environment(locale: str = "en") -> SandboxedEnvironment:
    """The sandbox the clause library's texts run in; ``plural`` counts as ``locale`` does."""
    env = BoundedEnvironment(
        autoescape=True,
        undefined=StrictUndefined,
        lstrip_blocks=True,
        finalize=user_value,
    )
    env.filters["plural"] = functools.partial(plural, locale=locale)
    env.filters["lower_first"] = lower_first
    bounds.bounded_filters(env.filters)
    env.globals[STEP] = bounds.stepped
    return env


def _stepped_loops(tree: nodes.Template) -> None:
    """Make every loop of ``tree`` iterate through :data:`STEP`, which counts its steps."""
    for loop in tree.find_all(nodes.For):
        loop.iter = nodes.Call(
            nodes.Name(STEP, "load", lineno=loop.lineno),
            [loop.iter],
            [],
            None,
            None,
            lineno=loop.lineno,
        )


@dataclass(frozen=True)
class Text:
    """One compiled Jinja2 text of the library, and where it comes from. It renders as
    :class:`Markup`: the library's own words are markup, every value it inserts is escaped."""

    file: Path
    clause: str | None
    line: int
    render_fn: Callable[[Mapping[str, Any]], str]
    name: str

    def render(self, context: Mapping[str, Any], **extra: Any) -> Markup:
        try:
            with bounds.budget():
                return Markup(self.render_fn({**context, **extra} if extra else context))
        except bounds.LimitExceeded as exc:
            raise TemplateError(
                "{place}: {problem}",
                place=where(self.file, self.line, self.clause),
                problem=exc.problem,
            ) from exc
        except RecursionError as exc:
            raise TemplateError(
                "{place}: {problem}",
                place=where(self.file, self.line, self.clause),
                problem=Phrase("it calls itself without end"),
            ) from exc
        except (JinjaError, TypeError, ValueError, AttributeError, KeyError) as exc:
            line = self.line + _template_line(exc, self.name) - 1
            raise TemplateError(
                "{place}: {kind}: {exc}",
                place=where(self.file, line, self.clause),
                kind=type(exc).__name__,
                exc=exc,
            ) from exc


@dataclass(frozen=True)
class Condition:
    """A compiled Jinja2 expression of the library (``when``, ``requires``)."""

    file: Path
    clause: str | None
    line: int
    source: str
    evaluate_fn: Callable[..., Any]

    def value(self, context: Mapping[str, Any]) -> Any:
        try:
            with bounds.budget():
                return self.evaluate_fn(context)
        except bounds.LimitExceeded as exc:
            raise TemplateError(
                "{place}: the expression '{source}' fails: {exc}",
                place=where(self.file, self.line, self.clause),
                source=self.source,
                exc=exc.problem,
            ) from exc
        except (JinjaError, TypeError, ValueError, AttributeError, KeyError) as exc:
            raise TemplateError(
                "{place}: the expression '{source}' fails: {exc}",
                place=where(self.file, self.line, self.clause),
                source=self.source,
                exc=exc,
            ) from exc

    def holds(self, context: Mapping[str, Any]) -> bool:
        return bool(self.value(context))


def _template_line(exc: BaseException, name: str) -> int:
    """The line inside the template where a rendering error happened (1 if unknown)."""
    line = 1
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == name and frame.lineno is not None:
            line = frame.lineno
    return line


def _context(template: Template, names: Mapping[str, Any]) -> Context:
    """The context a template runs in: ``names`` and the environment's globals, copied once
    into a dict of its own by Jinja2 (so ``names`` is handed over as it is when it is one)."""
    return template.new_context(names if isinstance(names, dict) else dict(names))


def _template(env: SandboxedEnvironment, code: CodeType) -> Template:
    """The template of compiled ``code``, with the environment's globals as a plain dict:
    every rendering copies them, and Jinja2's own ChainMap of them is slow to copy (they are
    complete once the environment is made)."""
    known = dict(env.make_globals(None))
    template: Template = env.template_class.from_code(env, code, known)
    return template


def _renderer(env: SandboxedEnvironment, code: CodeType) -> Callable[[Mapping[str, Any]], str]:
    """What renders the text compiled to ``code``. Its template is made when it is first
    rendered: a library has hundreds of texts, and a document renders some of them (two
    threads that both make it first get two equal templates, and either serves)."""
    template: Template | None = None

    def render(context: Mapping[str, Any]) -> str:
        nonlocal template
        if template is None:
            template = _template(env, code)
        return bounds.written(template.root_render_func(_context(template, context)))

    return render


@dataclass(frozen=True)
class CompiledExpression:
    """An expression compiled once per library: its code, and what evaluates it."""

    code: CodeType
    evaluate: Callable[[Mapping[str, Any]], Any]


class Compiler:
    def __init__(
        self,
        environment: SandboxedEnvironment,
        source: YamlFile,
        expressions: dict[str, CompiledExpression],
        codes: CodeCache | None = None,
    ) -> None:
        self.env = environment
        self.source = source
        self.expressions = expressions  # compiled once per library
        self.codes = codes  # compiled texts kept between runs

    def text(
        self,
        path: tuple[str | int, ...],
        text: str,
        clause: str | None,
        names: Mapping[str, Shape],
    ) -> Text:
        """Compile a text that is rendered with ``names`` (what it may read)."""
        start = self.source.text_start(path)
        name = f"{self.source.file}:{'.'.join(str(p) for p in path)}"
        if not any(mark in text for mark in ("{{", "{%", "{#")):
            plain = text.removesuffix("\n")  # what Jinja2 would give, without compiling it
            return Text(self.source.file, clause, start, lambda _: plain, name)
        key = self.codes.key(name, text, names) if self.codes is not None else ""
        code = self.codes.get(key) if self.codes is not None else None
        if code is None:  # checked and compiled only when not compiled before
            code = self._compile(text, name, start, clause, names)
            if self.codes is not None:
                self.codes.put(key, code)
        return Text(self.source.file, clause, start, _renderer(self.env, code), name)

    def _compile(
        self, text: str, name: str, start: int, clause: str | None, names: Mapping[str, Shape]
    ) -> CodeType:
        try:
            tree = self.env.parse(text, name=name, filename=name)
        except TemplateSyntaxError as exc:
            line = start + (exc.lineno or 1) - 1
            raise TemplateError(
                "{place}: template error: {message}",
                place=where(self.source.file, line, clause),
                message=exc.message,
            ) from exc
        self._check_names(tree, names, start, clause)
        _stepped_loops(tree)
        code: CodeType = self.env.compile(tree, name=name, filename=name)
        return code

    def condition(
        self,
        path: tuple[str | int, ...],
        text: str,
        clause: str | None,
        names: Mapping[str, Shape],
    ) -> Condition:
        """Compile an expression (``when``, ``requires``) evaluated with ``names``."""
        line = self.source.line(path) or 1
        key = self.codes.key("<expression>", text, names) if self.codes is not None else ""
        code = self.codes.get(key) if self.codes is not None else None
        compiled = self.expressions.get(text)
        if compiled is not None:  # compiled for another clause, which may read other names
            if code is None:  # not checked with these names before
                self._check_expression_names(text, names, line, clause)
                if self.codes is not None:
                    self.codes.put(key, compiled.code)
            return Condition(self.source.file, clause, line, text, compiled.evaluate)
        if code is None:  # checked and compiled only when not compiled before
            code = self._expression(text, line, clause, names)
            if self.codes is not None:
                self.codes.put(key, code)
        compiled = CompiledExpression(code, self._evaluator(code))
        self.expressions[text] = compiled
        return Condition(self.source.file, clause, line, text, compiled.evaluate)

    def _evaluator(self, code: CodeType) -> Callable[[Mapping[str, Any]], Any]:
        """What an expression's code computes with the names given (Jinja2's
        ``TemplateExpression``, without copying the names twice more on the way)."""
        template = _template(self.env, code)

        def evaluate(context: Mapping[str, Any]) -> Any:
            made = _context(template, context)
            for _ in template.root_render_func(made):
                pass
            return made.vars["result"]

        return evaluate

    def _check_expression_names(
        self, text: str, names: Mapping[str, Shape], line: int, clause: str | None
    ) -> None:
        self._check_names(self.env.parse("{{ (" + text + ") }}"), names, line, clause)

    def _expression(
        self, text: str, line: int, clause: str | None, names: Mapping[str, Shape]
    ) -> CodeType:
        """The code of an expression, as Jinja2's ``compile_expression`` makes it: a template
        that sets ``result``."""
        try:
            parser = Parser(self.env, text, state="variable")
            expression = parser.parse_expression()
            if not parser.stream.eos:
                raise TemplateSyntaxError(
                    "chunk after expression", parser.stream.current.lineno, None, None
                )
        except TemplateSyntaxError as exc:
            raise TemplateError(
                "{place}: the expression '{text}' is not valid: {message}",
                place=where(self.source.file, line, clause),
                text=text,
                message=exc.message,
            ) from exc
        self._check_expression_names(text, names, line, clause)
        expression.set_environment(self.env)
        body = [nodes.Assign(nodes.Name("result", "store"), expression, lineno=1)]
        code: CodeType = self.env.compile(nodes.Template(body, lineno=1))
        return code

    def _check_names(
        self, tree: nodes.Template, names: Mapping[str, Shape], start: int, clause: str | None
    ) -> None:
        unknown = unknown_names(self.env, tree, names)
        if unknown:
            first = unknown[0]
            line = start + first.line - 1
            raise TemplateError(
                "{place}: {problem}",
                place=where(self.source.file, line, clause),
                problem=first.message(),
            )
