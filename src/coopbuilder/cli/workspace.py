"""Commands on the workspace: ``list``, ``import`` and ``export``.

They use the workspace named by the global ``--workspace PATH_OR_URL`` option, else
``COOPBUILDER_DATABASE_URL``, else the workspace file in the data folder.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from coopbuilder.cli.common import EXIT_OK, format_table
from coopbuilder.core.envelope import PassphraseRequiredError
from coopbuilder.core.errors import UserError
from coopbuilder.core.texts import label
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.models import ListOrder, ListPage, ListQuery

if TYPE_CHECKING:
    from coopbuilder.store.workspace import Workspace


def open_workspace(location: str | None, *, create: bool = False) -> Workspace:
    """The workspace (SQLAlchemy and the migrations load only for the commands that need it).

    A workspace file named with ``--workspace`` or ``COOPBUILDER_DATABASE_URL`` must exist,
    unless ``create`` (for ``import``): a mistyped path would otherwise quietly make a new, empty
    workspace, and ``list`` would show nothing. The default workspace is made when missing."""
    from coopbuilder.store.connection import DATABASE_URL_ENV
    from coopbuilder.store.connection import open_workspace as open_it

    named = bool(location or os.environ.get(DATABASE_URL_ENV))
    return open_it(location, create=create or not named)


LIST_LIMIT = 1000


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser("list", help="list the agreements in the workspace")
    listing.add_argument(
        "--status", choices=[status.value for status in AgreementStatus], help="only this status"
    )
    listing.add_argument(
        "--due-within",
        type=days,
        metavar="DAYS",
        help="only agreements whose next review is due within DAYS days (overdue ones too)",
    )
    listing.add_argument(
        "--search", metavar="TEXT", default="", help="words in the title or a partner's name"
    )
    listing.set_defaults(run=_list)

    importing = commands.add_parser(
        "import", help="add an exchange file to the workspace (it never overwrites anything)"
    )
    importing.add_argument("file", type=Path, metavar="FILE.json")
    importing.add_argument(
        "--as-new-version",
        metavar="ID",
        help="add the file as a new version of agreement ID (default: as a new agreement)",
    )
    _passphrase_option(importing, "of a protected file")
    importing.set_defaults(run=_import)

    exporting = commands.add_parser("export", help="write an agreement to an exchange file")
    exporting.add_argument("id", metavar="ID", help="the agreement (see 'coopbuilder list')")
    exporting.add_argument("out", type=Path, metavar="OUT.json", help="the file to write")
    exporting.add_argument(
        "--number", type=int, metavar="N", help="which version (default: the latest)"
    )
    _passphrase_option(exporting, "to protect the file with")
    exporting.set_defaults(run=_export)


def days(text: str) -> int:
    """A number of days (0 or more) given on the command line."""
    try:
        days = int(text)
    except ValueError:
        days = -1
    if days < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days (0 or more)")
    return days


def _passphrase_option(parser: argparse.ArgumentParser, purpose: str) -> None:
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help=f"the environment variable that holds the passphrase {purpose}",
    )


def _passphrase(variable: str | None) -> str | None:
    """The passphrase from the environment (never from the command line, where others could
    read it in the process list)."""
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise UserError(
            "The environment variable {variable} is not set or empty; put the passphrase in it.",
            variable=variable,
        )
    return value


def format_listing(page: ListPage) -> str:
    if not page.rows:
        return "No agreements match."
    rows = [
        [
            row.agreement_id,
            str(row.number),
            label(row.status),
            row.next_review_date.isoformat() if row.next_review_date else "-",
            f"{row.title} ({' / '.join(row.partner_names)})",
        ]
        for row in page.rows
    ]
    out = format_table(["ID", "Version", "Status", "Next review", "Title (partners)"], rows)
    more = page.total - len(page.rows)
    return out + (f"\n... and {more} more; narrow the list with a filter." if more > 0 else "")


def _list(args: argparse.Namespace) -> int:
    query = ListQuery(
        status=args.status,
        due_within_days=args.due_within,
        search=args.search,
        order=ListOrder.NEXT_REVIEW if args.due_within is not None else ListOrder.RECENT,
        limit=LIST_LIMIT,
    )
    with open_workspace(args.workspace) as workspace:
        print(format_listing(workspace.listing.page(query)))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    passphrase = _passphrase(args.passphrase_env)
    with open_workspace(args.workspace, create=True) as workspace:
        try:
            stored = workspace.transfer.import_file(args.file, args.as_new_version, passphrase)
        except PassphraseRequiredError as exc:
            raise UserError(
                "{exc} Name the environment variable that holds it with --passphrase-env VAR.",
                exc=exc,
            ) from exc
    print(
        f"Imported {args.file} as version {stored.number} of '{stored.title}' "
        f"(agreement {stored.agreement_id}, {label(stored.status).lower()})."
    )
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    passphrase = _passphrase(args.passphrase_env)
    with open_workspace(args.workspace) as workspace:
        stored = workspace.transfer.export_file(args.id, args.out, args.number, passphrase)
    protected = ", protected with the passphrase" if passphrase else ""
    print(f"Wrote version {stored.number} of '{stored.title}' to {args.out}{protected}.")
    return EXIT_OK
