"""Commands on an agreement file: ``demo``, ``assess`` and ``check``.

Each command loads the domain it needs when it runs (see :mod:`assessment_text` for what they
print), so that building the command line loads none of it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coopbuilder.cli.common import EXIT_CHECKS_FAILED, EXIT_OK, passphrase_option, read_agreement
from coopbuilder.core.vocabulary import Language


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="write a realistic example agreement file")
    demo.add_argument("out", type=Path, metavar="OUT.json", help="the file to write")
    demo.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        default="en",
        help="language of the agreement (default: en)",
    )
    demo.add_argument(
        "--example",
        choices=["exit", "family"],
        default="exit",
        help="which example: exit counselling with a police office (default), or family "
        "counselling and returnees, with the advice centre's hotline referring callers",
    )
    demo.set_defaults(run=_demo)

    assess_cmd = commands.add_parser("assess", help="print the readiness findings of a file")
    assess_cmd.add_argument("file", type=Path, metavar="FILE.json")
    passphrase_option(assess_cmd, "of a protected file", reading=True)
    assess_cmd.set_defaults(run=_assess)

    check = commands.add_parser(
        "check", help="print the agreement checks of a file; exit code 1 if any is an error"
    )
    check.add_argument("file", type=Path, metavar="FILE.json")
    passphrase_option(check, "of a protected file", reading=True)
    check.set_defaults(run=_check)


def _demo(args: argparse.Namespace) -> int:
    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.core.exchange import write_exchange_file

    write_exchange_file(args.out, demo_agreement(args.lang, example=args.example))
    print(f"Wrote the demo agreement to {args.out}.")
    return EXIT_OK


def _assess(args: argparse.Namespace) -> int:
    from coopbuilder.cli.assessment_text import format_assessment
    from coopbuilder.core.catalogue import catalogue_for
    from coopbuilder.core.scoring import assess

    agreement = read_agreement(args.file, args.passphrase_env, args.accept_unprotected)
    catalogue = catalogue_for(agreement.catalogue_version)
    print(format_assessment(agreement, assess(agreement, catalogue), catalogue))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from coopbuilder.cli.assessment_text import CLI_LANGUAGE, format_checks
    from coopbuilder.core.catalogue import catalogue_for
    from coopbuilder.core.checks import blocking, check_agreement

    agreement = read_agreement(args.file, args.passphrase_env, args.accept_unprotected)
    catalogue = catalogue_for(agreement.catalogue_version)
    findings = check_agreement(agreement, catalogue)
    print(format_checks(findings, CLI_LANGUAGE))
    return EXIT_CHECKS_FAILED if blocking(findings) else EXIT_OK
