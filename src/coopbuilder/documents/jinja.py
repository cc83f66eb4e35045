"""The library's texts and conditions, compiled once with Jinja2 in a sandbox."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2 import TemplateError as JinjaError
from jinja2.sandbox import SandboxedEnvironment

from coopbuilder.documents.yamlfile import TemplateError, YamlFile, where

# -- compiled texts --------------------------------------------------------------------------


def environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        autoescape=True,
        undefined=StrictUndefined,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class Text:
    """One compiled Jinja2 text of the library, and where it comes from."""

    file: Path
    clause: str | None
    line: int
    render_fn: Callable[[Mapping[str, Any]], str]
    name: str

    def render(self, context: Mapping[str, Any], **extra: Any) -> str:
        try:
            return self.render_fn({**context, **extra} if extra else context)
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
            return self.evaluate_fn(**context)
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


class Compiler:
    def __init__(
        self,
        environment: SandboxedEnvironment,
        source: YamlFile,
        expressions: dict[str, Callable[..., Any]],
    ) -> None:
        self.env = environment
        self.source = source
        self.expressions = expressions  # compiled once per library

    def text(self, path: tuple[str | int, ...], text: str, clause: str | None) -> Text:
        start = self.source.text_start(path)
        name = f"{self.source.file}:{'.'.join(str(p) for p in path)}"
        if not any(mark in text for mark in ("{{", "{%", "{#")):
            plain = text.removesuffix("\n")  # what Jinja2 would give, without compiling it
            return Text(self.source.file, clause, start, lambda _: plain, name)
        try:
            code = self.env.compile(text, name=name, filename=name)
            template = self.env.template_class.from_code(
                self.env, code, self.env.make_globals(None)
            )
        except TemplateSyntaxError as exc:
            line = start + (exc.lineno or 1) - 1
            raise TemplateError(
                "{place}: template error: {message}",
                place=where(self.source.file, line, clause),
                message=exc.message,
            ) from exc
        return Text(self.source.file, clause, start, template.render, name)

    def condition(self, path: tuple[str | int, ...], text: str, clause: str | None) -> Condition:
        line = self.source.line(path) or 1
        try:
            evaluate = self.expressions.get(text) or self.env.compile_expression(
                text, undefined_to_none=False
            )
            self.expressions[text] = evaluate
        except TemplateSyntaxError as exc:
            raise TemplateError(
                "{place}: the expression '{text}' is not valid: {message}",
                place=where(self.source.file, line, clause),
                text=text,
                message=exc.message,
            ) from exc
        return Condition(self.source.file, clause, line, text, evaluate)
