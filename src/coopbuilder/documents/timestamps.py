"""An RFC 3161 timestamp from a time-stamping service the organisation names, for a signature
that proves when it was made (PAdES-B-T), not only when the signer's computer said it was.

Off by default: the service's address is a setting of the workstation
(:func:`~coopbuilder.documents.signing_settings.timestamp_url`), and asking it for a timestamp
is the only use of the network the program ever makes. Only the hash of the signature goes to
the service, never the document.
"""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from asn1crypto import tsp
from pyhanko.sign.timestamps import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError, set_tsp_headers

from coopbuilder.core.errors import UserError

TIMEOUT_SECONDS = 15
MAX_REPLY_BYTES = 1024 * 1024


class TimestampError(UserError):
    """The time-stamping service could not be used: a bad address, no answer, a refusal."""


def check_timestamp_url(url: str) -> str:
    """The address of a time-stamping service, stripped; an address that is not http(s) with
    a host is a :class:`TimestampError`."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TimestampError(
            "'{url}' is not the address of a time-stamping service: it must start with "
            "https:// (or http://) and name the server, e.g. https://tsa.example.org/tsr.",
            url=url,
        )
    return url


class UrlTimeStamper(TimeStamper):
    """pyHanko's client of a time-stamping service, over HTTP with the standard library."""

    def __init__(self, url: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.url = check_timestamp_url(url)

    def _post(self, request: bytes) -> bytes:
        asked = urllib.request.Request(
            self.url, data=request, headers=set_tsp_headers({}), method="POST"
        )
        try:
            with urllib.request.urlopen(asked, timeout=TIMEOUT_SECONDS) as answer:
                kind = answer.headers.get("Content-Type", "")
                body: bytes = answer.read(MAX_REPLY_BYTES + 1)
        except urllib.error.HTTPError as exc:  # an answer, but a refusal: its connection closed
            exc.close()
            raise TimestampRequestError(str(exc.reason)) from exc
        except (OSError, urllib.error.URLError) as exc:
            raise TimestampRequestError(str(getattr(exc, "reason", exc))) from exc
        if kind.split(";")[0].strip() != "application/timestamp-reply":
            raise TimestampRequestError(f"it answered with {kind or 'no content type'}")
        if len(body) > MAX_REPLY_BYTES:
            raise TimestampRequestError("its answer is too large")
        return body

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        body = await asyncio.to_thread(self._post, req.dump())
        return tsp.TimeStampResp.load(body)
