"""Sharing with partners: STIX 2.1 bundles and MISP events with keyed pseudonyms and TLP 2.0
markings, STIX import, and de-identified (k-anonymous) victim statistics."""

from ctip.share.content import ShareContent, read_content
from ctip.share.pseudonym import Pseudonymiser, load_share_key
from ctip.share.service import REVEAL_PERMISSION, ExportResult, export_content, import_stix

__all__ = ["REVEAL_PERMISSION", "ExportResult", "Pseudonymiser", "ShareContent", "export_content", "import_stix",
           "load_share_key", "read_content"]
