"""The workstation's signing settings: ``timestamp-service`` shows, sets or turns off the
organisation's time-stamping service (RFC 3161), the only network service the program uses."""

from __future__ import annotations

import argparse

from coopbuilder.cli.common import EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    service = commands.add_parser(
        "timestamp-service",
        help="show or set the time-stamping service (RFC 3161) whose timestamp each signature "
        "made on this workstation gets; off by default",
    )
    choice = service.add_mutually_exclusive_group()
    choice.add_argument(
        "url", nargs="?", metavar="URL", help="the service's address, e.g. https://tsa.example.org"
    )
    choice.add_argument(
        "--off", action="store_true", help="no timestamps (and no network use) from now on"
    )
    service.set_defaults(run=_timestamp_service)


def _timestamp_service(args: argparse.Namespace) -> int:
    from coopbuilder.documents.signing_settings import set_timestamp_url, timestamp_url

    if args.off:
        set_timestamp_url(None)
    elif args.url is not None:
        set_timestamp_url(args.url)
    url = timestamp_url()
    if url is None:
        print("No time-stamping service: signatures get no timestamp, and nothing is sent over")
        print("the network.")
    else:
        print(f"Time-stamping service: {url}")
        print("Each signature made on this workstation gets a timestamp from it (only the")
        print("signature's hash is sent, never the document); `sign --no-timestamp` skips it once.")
    return EXIT_OK
