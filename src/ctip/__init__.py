"""ctip: counter-trafficking in persons.

Screen online posts for trafficking recruitment, extract and link the identifiers behind
them, and make country assessments transparent. The public Python API is re-exported here.
"""

from ctip.records import Entity, IndicatorHit, Post, Rejected, Screening, Span

__version__ = "0.1.0"
__all__ = ["Entity", "IndicatorHit", "Post", "Rejected", "Screening", "Span", "__version__"]
