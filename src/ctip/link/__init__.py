"""Linking: template clusters and recruiter networks.

    ctip.link(posts, *, hub_max=10, region=None) -> LinkRun            (this package is callable)
    TemplateClusterer(threshold=0.5, num_perm=128, random_state=0, n_jobs=1).fit(posts).labels_
    TemplateIndex(...).add([(post_id, text), ...]) -> list[Assignment]   (incremental)
    NetworkLinker(hub_max=10, hub_min_group=2).fit(post_ids, keys) -> Linkage
    NetworkIndex(blocked).add(post_id, keys) -> changed network ids     (incremental)
    link_posts(posts, by=("identifiers",), ...) -> LinkRun               (what `ctip link` runs)

See docs/linking.md.
"""

import sys

from ctip._callable import CallableModule
from ctip.link.clusterer import TemplateClusterer
from ctip.link.evaluation import bcubed
from ctip.link.networks import Linkage, NetworkLinker
from ctip.link.run import LinkRun, link_posts
from ctip.link.shingles import signature_bytes, signature_from_bytes
from ctip.link.templates import Assignment, Sketch, TemplateIndex, cluster_id_for
from ctip.link.unionfind import NetworkIndex, network_id_for

__all__ = [
    "Assignment", "Linkage", "LinkRun", "NetworkIndex", "NetworkLinker", "Sketch", "TemplateClusterer",
    "TemplateIndex", "bcubed", "cluster_id_for", "link_posts", "network_id_for", "signature_bytes",
    "signature_from_bytes",
]

sys.modules[__name__].__class__ = CallableModule.calling("ctip.api", "link")
