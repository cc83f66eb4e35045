"""Benchmark: the list of agreements in a big workspace. Prints figures, asserts nothing.

Fills a workspace with 5,000 agreements x 3 versions (the demo agreement's full content, with
varied titles, partners, statuses and review dates), then times what the main window does:
list the first page, filter by "review due within 30 days", and search.
Targets on a 2-core machine: list <= 100 ms, search <= 50 ms.

    .venv/bin/python bench/workspace.py                       # a temporary SQLite file
    .venv/bin/python bench/workspace.py --workspace URL       # e.g. an empty PostgreSQL schema
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.models import AuditAction, ListOrder, ListQuery
from coopbuilder.store.workspace import Workspace

TODAY = dt.date(2026, 11, 27)
CITIES = ["Nürnberg", "Fürth", "Erlangen", "Bamberg", "Würzburg", "Regensburg", "Passau", "Hof"]
NGOS = ["Brückenschlag", "Ausweg", "Neustart", "Wegweiser", "Kompass", "Leuchtturm"]
AGENCIES = ["Polizeipräsidium", "LKA Staatsschutz", "JVA", "Bewährungshilfe", "Jugendamt"]
BATCH = 250


def fill(workspace: Workspace, count: int) -> None:
    base = demo_agreement("en", today=TODAY - dt.timedelta(days=700))
    agreements = workspace.agreements
    for start in range(0, count, BATCH):
        with workspace.database.transaction() as session:
            for i in range(start, min(start + BATCH, count)):
                city = CITIES[i % len(CITIES)]
                content = base.model_copy(deep=True)
                content.id = f"a{i:05d}"
                content.title = f"Cooperation {i} in {city}"
                content.partners[0].name = f"{NGOS[i % len(NGOS)]} e.V. {city}"
                content.partners[0].short_name = f"{NGOS[i % len(NGOS)]} {i}"
                content.partners[1].name = f"{AGENCIES[i % len(AGENCIES)]} {city}"
                content.partners[1].short_name = ""
                content.next_review_date = TODAY + dt.timedelta(days=(i * 37) % 730 - 200)
                content.status = AgreementStatus.SUPERSEDED
                agreements.create_in(session, content, AuditAction.CREATED, "bench")
                agreements.add_version(session, content.id, content, 2, AgreementStatus.SIGNED, 1)
                latest = AgreementStatus.DRAFT if i % 3 else AgreementStatus.SIGNED
                agreements.add_version(session, content.id, content, 3, latest, 2)


def timed(action: Callable[[], object], runs: int = 15) -> tuple[float, float]:
    """First run and median of the rest, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times[0], statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", help="an empty workspace file or database URL")
    parser.add_argument("--agreements", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        target = args.workspace or str(Path(folder) / "bench.sqlite")
        with open_workspace(target, who="bench") as workspace:
            start = time.perf_counter()
            fill(workspace, args.agreements)
            took = time.perf_counter() - start
        print(f"workspace: {target}")
        print(f"filled {args.agreements} agreements x 3 versions in {took:.1f} s")
        if not args.workspace:
            print(f"file size: {Path(target).stat().st_size / 1e6:.1f} MB")
        with open_workspace(target, who="bench") as workspace:  # opened afresh, as on start
            queries = {
                "list the first page (50 of all, last saved first)": ListQuery(),
                "filter: review due within 30 days": ListQuery(
                    due_within_days=30, today=TODAY, order=ListOrder.NEXT_REVIEW
                ),
                "search 'würzburg kompass' (title and partner names)": ListQuery(
                    search="würzburg kompass"
                ),
                "search 'cooperation 4711'": ListQuery(search="cooperation 4711"),
            }
            for name, query in queries.items():
                page = workspace.listing.page(query)
                first, median = timed(lambda q=query: workspace.listing.page(q))  # type: ignore[misc]
                print(
                    f"{name}: first {first:.1f} ms, median {median:.1f} ms "
                    f"({page.total} match, {len(page.rows)} on the page)"
                )
            one = f"a{min(4711, args.agreements - 1):05d}"
            first, median = timed(lambda: workspace.agreements.load(one))
            print(f"load one agreement, all parts: first {first:.1f} ms, median {median:.1f} ms")
    print("targets (2 cores): list <= 100 ms, search <= 50 ms")


if __name__ == "__main__":
    main()
