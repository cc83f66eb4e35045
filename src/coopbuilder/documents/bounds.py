"""Bounds on filling in a clause library's texts: how long a text may grow, how many loop steps
it may take and how long it may run.

A clause library is a folder of files an organisation writes; a text in it must not be able to
fill the memory (``{{ "x" * 10**9 }}``) or run for ever (loops in loops). The sandbox the texts
run in asks here before it repeats a string, raises a number to a power, pads or joins text, and
at every step of every loop (where the clock is checked too: only a loop can run long); what a
text writes is counted as it is written. Over a bound,
:class:`LimitExceeded` says which, and the text's caller names the clause.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import pass_eval_context

from coopbuilder.core.errors import Phrase

MAX_OUTPUT = 1_000_000
"""The most characters one text (or one value it computes) may have."""
MAX_STEPS = 1_000_000
"""The most loop steps filling in one text may take."""
MAX_SECONDS = 10.0
"""The longest filling in one text may take."""
MAX_NUMBER_BITS = 100_000
"""The largest number (in bits) a text may compute."""

monotonic: Callable[[], float] = time.monotonic
"""The clock the time bound is measured with (seconds, only ever going forward)."""

PADDING_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
FORMAT_WIDTH = re.compile(r"%[-#0 +]*(\d+)|%[-#0 +]*\d*\.(\d+)|[:<>^=]\D{0,2}?(\d+)")


class LimitExceeded(Exception):  # noqa: N818 - a bound reached, not a fault of the program
    """Filling in a text went over a bound; :attr:`problem` says which."""

    def __init__(self, problem: Phrase) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _too_long() -> LimitExceeded:
    return LimitExceeded(
        Phrase(
            "the text would be longer than {limit} characters (a repetition or loop in it is too "
            "large)",
            limit=MAX_OUTPUT,
        )
    )


class Budget:
    """What filling in one text has used so far."""

    def __init__(self) -> None:
        self.deadline = monotonic() + MAX_SECONDS
        self.steps = 0
        self.written = 0

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise LimitExceeded(
                Phrase("its loops would take more than {limit} steps", limit=MAX_STEPS)
            )
        self.check_time()

    def check_time(self) -> None:
        if monotonic() > self.deadline:
            raise LimitExceeded(
                Phrase(
                    "filling it in takes longer than {seconds} seconds (a loop in it runs too "
                    "long)",
                    seconds=MAX_SECONDS,
                )
            )


_running = threading.local()


class budget:  # noqa: N801 - used as a function: ``with budget():``
    """The budget of the text being filled in on this thread; a text filled in inside another
    (a word inside a clause) shares the outer one's. (A class rather than a generator: it is
    entered for every text of every document.)"""

    __slots__ = ("made",)

    def __init__(self) -> None:
        self.made = False

    def __enter__(self) -> Budget:
        outer: Budget | None = getattr(_running, "budget", None)
        if outer is not None:
            return outer
        self.made = True
        _running.budget = current = Budget()
        return current

    def __exit__(self, *exc: object) -> None:
        if self.made:
            _running.budget = None


def _current() -> Budget | None:
    found: Budget | None = getattr(_running, "budget", None)
    return found


def stepped(iterable: Iterable[Any]) -> Iterator[Any]:
    """``iterable``, counting each step against the budget (every loop of a text runs on it)."""
    for item in iterable:
        current = _current()
        if current is not None:
            current.step()
        yield item


def written(chunks: Iterable[str]) -> str:
    """What a template writes, counted as it is written."""
    current = _current()
    if current is None:
        return "".join(chunks)
    out = []
    for chunk in chunks:
        current.written += len(chunk)
        if current.written > MAX_OUTPUT:
            raise _too_long()
        out.append(chunk)
    return "".join(out)


def _length(value: object) -> int | None:
    return len(value) if isinstance(value, str | list | tuple) else None


def check_binop(operator: str, left: object, right: object) -> None:
    """Refuse ``left * right`` (repeating) or ``left ** right`` beyond the bounds."""
    if operator == "*":
        for sequence, count in ((left, right), (right, left)):
            size = _length(sequence)
            if size is not None and isinstance(count, int) and size * count > MAX_OUTPUT:
                raise _too_long()
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        if abs(left) > 1 and right > 0 and abs(left).bit_length() * right > MAX_NUMBER_BITS:
            raise LimitExceeded(Phrase("a number in it would be too large"))
    elif operator == "%" and isinstance(left, str):
        check_format(left)


def check_format(template: str) -> None:
    """Refuse a format string whose width or precision is beyond the bound."""
    for match in FORMAT_WIDTH.finditer(template):
        width = next((group for group in match.groups() if group), "0")
        if int(width) > MAX_OUTPUT:
            raise _too_long()


def _joined_length(separator: str, items: list[Any]) -> int:
    return len(separator) * max(len(items) - 1, 0)


def check_call(function: object, args: tuple[Any, ...]) -> None:
    """Refuse a call of a string method that would make a string beyond the bound."""
    owner = getattr(function, "__self__", None)
    name = getattr(function, "__name__", "")
    if not isinstance(owner, str):
        return
    if name in PADDING_METHODS and any(isinstance(a, int) and a > MAX_OUTPUT for a in args[:1]):
        raise _too_long()
    if name in ("format", "format_map"):
        check_format(owner)
    if name == "replace" and len(args) >= 2:
        check_replace(owner, args[0], args[1])
    if name == "join" and args:
        items = list(args[0]) if isinstance(args[0], Iterable) else []
        if _joined_length(owner, items) > MAX_OUTPUT:
            raise _too_long()


def check_replace(text: object, old: object, new: object) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        grows = text.count(old) * max(len(new) - len(old), 0)
        if len(text) + grows > MAX_OUTPUT:
            raise _too_long()


def bounded_filters(filters: dict[str, Callable[..., Any]]) -> None:
    """Put bounded versions of the filters that can make long text into ``filters``."""
    center, indent, fmt, replace, join = (
        filters["center"],
        filters["indent"],
        filters["format"],
        filters["replace"],
        filters["join"],
    )

    def bounded_center(value: Any, width: int = 80) -> Any:
        if isinstance(width, int) and width > MAX_OUTPUT:
            raise _too_long()
        return center(value, width)

    def bounded_indent(value: Any, width: int | str = 4, *args: Any, **kwargs: Any) -> Any:
        size = width if isinstance(width, int) else len(str(width))
        lines = str(value).count("\n") + 1
        if size * lines > MAX_OUTPUT:
            raise _too_long()
        return indent(value, width, *args, **kwargs)

    def bounded_format(value: Any, *args: Any, **kwargs: Any) -> Any:
        check_format(str(value))
        return fmt(value, *args, **kwargs)

    @pass_eval_context
    def bounded_replace(eval_ctx: Any, value: Any, old: Any, new: Any, *args: Any) -> Any:
        check_replace(str(value), str(old), str(new))
        return replace(eval_ctx, value, old, new, *args)

    @pass_eval_context
    def bounded_join(eval_ctx: Any, value: Iterable[Any], d: str = "", *args: Any) -> Any:
        items = list(value)
        if _joined_length(str(d), items) > MAX_OUTPUT:
            raise _too_long()
        return join(eval_ctx, items, d, *args)

    filters["replace"] = bounded_replace
    filters["join"] = bounded_join
    filters["center"] = bounded_center
    filters["indent"] = bounded_indent
    filters["format"] = bounded_format
