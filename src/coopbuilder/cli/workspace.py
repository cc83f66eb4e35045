"""Commands on the workspace: ``list``, ``import`` and ``export``.

They use the workspace named by the global ``--workspace PATH_OR_URL`` option, else
``COOPBUILDER_DATABASE_URL``, else the workspace file in the data folder.
"""

from __future__ import annotations

import argparse
import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from coopbuilder.cli.common import (
    EXIT_CHECKS_FAILED,
    EXIT_OK,
    agreement_id,
    ask_passphrase,
    format_table,
    interactive,
    naming_the_passphrase_option,
    passphrase_for_reading,
    passphrase_from,
    passphrase_option,
    version_number,
    whole_number,
)
from coopbuilder.core.errors import UserError
from coopbuilder.core.vocabulary import AgreementStatus

if TYPE_CHECKING:
    from coopbuilder.store.models import ListPage
    from coopbuilder.store.workspace import Workspace


def open_workspace(location: str | None, *, create: bool = False) -> Workspace:
    """The workspace (SQLAlchemy and the migrations load only for the commands that need it).

    A workspace file named with ``--workspace`` or ``COOPBUILDER_DATABASE_URL`` must exist,
    unless ``create`` (for ``import``): a mistyped path would otherwise quietly make a new, empty
    workspace, and ``list`` would show nothing. The default workspace is made when missing."""
    from coopbuilder.store.connection import open_workspace as open_it

    workspace = open_it(location, create=create or not is_named(location))
    for warning in workspace.warnings:
        print(f"Warning: {warning}.", file=sys.stderr)
    return workspace


def is_named(location: str | None) -> bool:
    """Whether the command names a workspace (``--workspace``, ``COOPBUILDER_DATABASE_URL``)
    rather than using the default one."""
    from coopbuilder.store.connection import DATABASE_URL_ENV

    return bool(location or os.environ.get(DATABASE_URL_ENV))


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
        "import",
        help="add an exchange file, or the agreement a signed PDF carries, to the workspace (it "
        "never overwrites anything)",
        description=(
            "Add an exchange file (FILE.coopagreement or FILE.json) to the workspace, or the "
            "agreement that a signed final PDF (SIGNED.pdf) carries. A signed PDF's agreement "
            "counts as signed here only if every signature verifies (against the workspace's "
            "trusted certificates; a signer not trusted is reported) and the attached agreement "
            "was not changed after signing; otherwise it comes in as a draft, the reasons are "
            "printed and the exit code is 1. A PDF without an attached agreement, or with a "
            "changed one, is refused and nothing is stored."
        ),
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--as-new-version",
        type=agreement_id,
        metavar="ID",
        help="add the file as a new version of agreement ID (default: as a new agreement)",
    )
    passphrase_option(importing, "of a protected file", reading=True)
    importing.set_defaults(run=_import)

    exporting = commands.add_parser("export", help="write an agreement to an exchange file")
    exporting.add_argument(
        "id", type=agreement_id, metavar="ID", help="the agreement (see 'coopbuilder list')"
    )
    exporting.add_argument("out", type=Path, metavar="OUT.json", help="the file to write")
    exporting.add_argument(
        "--number", type=version_number, metavar="N", help="which version (default: the latest)"
    )
    passphrase_option(exporting, "to protect the file with", reading=False)
    exporting.set_defaults(run=_export)

    audit = commands.add_parser("audit", help="check the workspace's audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    verify = audit_commands.add_parser(
        "verify",
        help="check that no entry of the audit trail was changed or taken out behind the "
        "program's back; exit code 1 names the first one that was",
    )
    verify.set_defaults(run=_audit_verify)

    admin = commands.add_parser("admin", help="set up an organisation's PostgreSQL workspace")
    admin_commands = admin.add_subparsers(dest="admin_command", required=True, metavar="COMMAND")
    grants = admin_commands.add_parser(
        "grants",
        help="print (or, with --apply, run as the workspace's owner) the grants that give the "
        "runtime role ROLE what the program needs and no more",
    )
    grants.add_argument("role", metavar="ROLE", help="the role the program runs as")
    grants.add_argument(
        "--apply", action="store_true", help="run the statements in the workspace's database"
    )
    grants.add_argument(
        "--may-trust",
        action="store_true",
        help="ROLE may also change the workspace's list of trusted certificates (an "
        "administrator's role; without it the list is only read)",
    )
    grants.set_defaults(run=_admin_grants)


def days(text: str) -> int:
    """A number of days to look ahead, given on the command line."""
    from coopbuilder.store.models import MAX_DUE_WITHIN_DAYS

    return whole_number("a number of days", 0, MAX_DUE_WITHIN_DAYS)(text)


def label(value: Enum) -> str:
    """The English word for ``value`` (the texts are loaded when a command first prints one)."""
    from coopbuilder.core.texts import label as text_of

    return text_of(value)


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
    from coopbuilder.store.models import ListOrder, ListQuery

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
    if args.file.suffix.lower() == ".pdf":
        return _import_signed_pdf(args)
    passphrase = passphrase_for_reading(args.file, args.passphrase_env, args.accept_unprotected)
    with open_workspace(args.workspace, create=True) as workspace, naming_the_passphrase_option():
        stored = workspace.transfer.import_file(args.file, args.as_new_version, passphrase)
    print(
        f"Imported {args.file} as version {stored.number} of '{stored.title}' "
        f"(agreement {stored.agreement_id}, {label(stored.status).lower()})."
    )
    return EXIT_OK


def _import_signed_pdf(args: argparse.Namespace) -> int:
    from coopbuilder.core.files import read_user_file
    from coopbuilder.workflows.signed_import import MAX_PDF_BYTES, import_signed_pdf

    if args.as_new_version:
        raise UserError(
            "--as-new-version is for exchange files; a signed PDF's agreement comes in as a new "
            "agreement."
        )
    pdf = read_user_file(args.file, "a PDF", max_bytes=MAX_PDF_BYTES)
    with open_workspace(args.workspace, create=True) as workspace:
        done = import_signed_pdf(workspace, pdf, args.file.name)
    stored = done.stored
    print(
        f"Imported the agreement in {args.file} as version {stored.number} of '{stored.title}' "
        f"(agreement {stored.agreement_id}, {label(stored.status).lower()})."
    )
    if not done.signed:
        print("It is not counted as signed in this workspace:")
        print("\n".join(f"  {reason}" for reason in done.reasons))
        return EXIT_CHECKS_FAILED
    print(f"Signed by {', '.join(done.signers)}; every signature verifies.")
    untrusted = done.untrusted_signers
    if untrusted:
        print(
            f"Not marked trusted in this workspace: {', '.join(untrusted)}. Check their "
            "certificates with them (see Trusted certificates in the README) before relying on "
            "the signatures."
        )
    return EXIT_OK


def _admin_grants(args: argparse.Namespace) -> int:
    from coopbuilder.store.grants import apply_grants, current_schema, grant_statements

    with open_workspace(args.workspace, create=False) as workspace:
        if workspace.database.is_sqlite:
            raise UserError(
                "{location} is a workspace file; grants are for a workspace on a PostgreSQL "
                "server.",
                location=workspace.location,
            )
        statements = grant_statements(
            args.role, current_schema(workspace.database), may_trust=args.may_trust
        )
        if args.apply:
            apply_grants(workspace.database, statements)
    print("\n".join(statements))
    if args.apply:
        print(f"Applied to {workspace.location}.")
    return EXIT_OK


def _audit_verify(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, create=False) as workspace:
        check = workspace.audit.verify()
        where = workspace.location
    broken = check.broken
    if broken is None:
        print(f"The audit trail of {where} is whole: {check.entries} entries, each chained to the")
        print("one before it.")
        return EXIT_OK
    moment = f"{broken.at:%Y-%m-%d %H:%M:%S} UTC"
    what = (
        "was changed after it was written (its content no longer matches its hash)"
        if broken.changed
        else "follows an entry that was changed or taken out (it names another hash before it)"
    )
    print(f"The audit trail of {where} was changed behind the program's back.")
    entry = f"#{broken.id} ({moment}, {broken.action}, user name {broken.who})"
    print(f"First broken entry: {entry}: {what}.")
    print("Entries from there on cannot be relied on; compare with a backup of the workspace.")
    return EXIT_CHECKS_FAILED


def _export(args: argparse.Namespace) -> int:
    from coopbuilder.core.passphrases import WeakPassphraseError, made_up_passphrase

    if args.passphrase_env:
        passphrase = passphrase_from(args.passphrase_env)
    elif interactive():
        prompt = f"Passphrase to protect {args.out} (Enter alone: not protected): "
        passphrase = ask_passphrase(prompt, confirm=True) or None
    else:
        passphrase = None
    try:
        with open_workspace(args.workspace) as workspace:
            stored = workspace.transfer.export_file(args.id, args.out, args.number, passphrase)
    except WeakPassphraseError:
        if interactive():
            print(f"A passphrase made up for you: {made_up_passphrase()}", file=sys.stderr)
        raise
    protected = ", protected with the passphrase" if passphrase else ""
    print(f"Wrote version {stored.number} of '{stored.title}' to {args.out}{protected}.")
    if not passphrase:
        print(
            "The file is not protected: anyone who gets it can read the names, phones and "
            "e-mails in it. Protect it with --passphrase-env VAR."
        )
    return EXIT_OK
