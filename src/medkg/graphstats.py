"""Graph analytics over the typed graph of ``viz.load_graph``: what clusters, what connects.

Everything is computed on the undirected simple graph with nodes and edges in sorted order
(``canonical_undirected``): Louvain and sampled betweenness depend on iteration order, and a
fixed order makes the numbers reproducible and checkable — the tests recompute them with
networkx from the exported GraphML and must get the same answers.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import asdict, dataclass, field

log = logging.getLogger(__name__)

#: Exact betweenness is O(nodes × edges) in pure Python; above this it is estimated from a
#: fixed-seed sample of BETWEENNESS_SAMPLE source nodes (and the report says so).
EXACT_BETWEENNESS_LIMIT = 3000
BETWEENNESS_SAMPLE = 200
SEED = 42


@dataclass(frozen=True)
class RankedNode:
    iri: str
    label: str
    type: str
    value: float


@dataclass(frozen=True)
class Community:
    size: int
    types: dict[str, int]
    dominant_topics: list[tuple[str, int]]  # (topic label, works under it in this community)
    lists: list[tuple[str, int]]  # (list slug, nodes of this community in that list)
    hubs: list[str]  # labels of its best-connected members


@dataclass(frozen=True)
class GraphStats:
    nodes: int
    edges: int
    types: dict[str, int]
    components: int
    component_sizes: list[int]  # largest first (at most 10)
    isolated: int
    top_degree: list[RankedNode]
    top_betweenness: list[RankedNode]
    betweenness_exact: bool
    modularity: float
    communities: list[Community]
    list_overlap: list[tuple[str, str, int]] = field(default_factory=list)  # works shared by two lists


def canonical_undirected(G):
    """Undirected simple graph, nodes and edges inserted in sorted order."""
    import networkx as nx

    U = nx.Graph()
    for n in sorted(G):
        U.add_node(n, **G.nodes[n])
    U.add_edges_from(sorted({(min(a, b), max(a, b)) for a, b in G.edges() if a != b}))
    return U


def graph_stats(G, *, top: int = 10, seed: int = SEED) -> GraphStats:
    import networkx as nx

    U = canonical_undirected(G)
    n = U.number_of_nodes()
    comps = sorted((len(c) for c in nx.connected_components(U)), reverse=True) if n else []
    deg = dict(U.degree())
    exact = n <= EXACT_BETWEENNESS_LIMIT
    if n == 0:
        btw: dict[str, float] = {}
    elif exact:
        btw = nx.betweenness_centrality(U)
    else:
        btw = nx.betweenness_centrality(U, k=min(n, BETWEENNESS_SAMPLE), seed=seed)
    parts = nx.community.louvain_communities(U, seed=seed) if U.number_of_edges() else [{v} for v in U]
    parts = sorted(parts, key=lambda c: (-len(c), min(c)))
    modularity = nx.community.modularity(U, parts) if U.number_of_edges() else 0.0
    return GraphStats(
        nodes=n, edges=U.number_of_edges(), types=dict(sorted(Counter(_type(U, v) for v in U).items())),
        components=len(comps), component_sizes=comps[:10], isolated=sum(1 for v in U if deg[v] == 0),
        top_degree=_ranked(U, deg, top), top_betweenness=_ranked(U, btw, top), betweenness_exact=exact,
        modularity=round(modularity, 4), communities=[_community(U, c, deg) for c in parts[:top]],
        list_overlap=_list_overlap(U))


def _type(U, v) -> str:
    return U.nodes[v].get("type", "?")


def _ranked(U, values: dict, top: int) -> list[RankedNode]:
    best = sorted(values, key=lambda v: (-values[v], v))[:top]
    return [RankedNode(v, str(U.nodes[v].get("label", v)), _type(U, v), round(float(values[v]), 6)) for v in best]


def _labels(value) -> tuple[str, ...]:
    """Multi-valued attributes are tuples in memory and "; "-joined strings once exported."""
    if isinstance(value, str):
        return tuple(x for x in value.split("; ") if x)
    return tuple(value or ())


def _community(U, members: set, deg: dict) -> Community:
    topics: Counter = Counter()
    lists: Counter = Counter()
    for v in members:
        a = U.nodes[v]
        for t in _labels(a.get("topics")):
            topics[t] += 1
        for s in _labels(a.get("lists")):
            lists[s] += 1
    if not topics:  # a cluster of topics only: name it by its topics
        topics.update(str(U.nodes[v].get("label")) for v in members if _type(U, v) == "topic")
    hubs = sorted(members, key=lambda v: (-deg[v], v))[:3]
    return Community(size=len(members), types=dict(sorted(Counter(_type(U, v) for v in members).items())),
                     dominant_topics=sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:3],
                     lists=sorted(lists.items(), key=lambda kv: (-kv[1], kv[0])),
                     hubs=[str(U.nodes[v].get("label", v)) for v in hubs])


def _list_overlap(U) -> list[tuple[str, str, int]]:
    """How many works each pair of lists shares (the overlap people ask about first)."""
    pairs: Counter = Counter()
    for v in U:
        if _type(U, v) in ("topic", "list", "doi"):
            continue
        slugs = sorted(set(_labels(U.nodes[v].get("lists"))))
        for i, a in enumerate(slugs):
            for b in slugs[i + 1:]:
                pairs[(a, b)] += 1
    return [(a, b, k) for (a, b), k in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))]


def format_stats(stats: GraphStats, fmt: str = "md") -> str:
    """Markdown (default, readable in a terminal) or JSON."""
    if fmt == "json":
        return json.dumps(asdict(stats), ensure_ascii=False, indent=1) + "\n"
    if fmt != "md":
        from medkg.errors import MedkgError

        raise MedkgError(f"unknown format {fmt!r} (use md or json)")
    cell = _md_cell
    out = ["# Graph statistics", "",
           f"{stats.nodes} nodes, {stats.edges} edges; " + ", ".join(f"{k} {v}" for k, v in stats.types.items()), "",
           f"**Components:** {stats.components} (largest: {', '.join(map(str, stats.component_sizes))}); "
           f"isolated nodes: {stats.isolated}", ""]
    for title, rows in (("Top nodes by degree", stats.top_degree),
                        ("Top nodes by betweenness" + ("" if stats.betweenness_exact else " (estimated from a sample)"),
                         stats.top_betweenness)):
        out += [f"## {title}", "", "| node | type | value |", "|---|---|---|"]
        out += [f"| {cell(r.label)} | {r.type} | {r.value:g} |" for r in rows] + [""]
    out += [f"## Communities (Louvain, modularity {stats.modularity})", "",
            "| size | dominant topics | lists | hubs |", "|---|---|---|---|"]
    for c in stats.communities:
        out.append(f"| {c.size} | {cell('; '.join(f'{t} ({k})' for t, k in c.dominant_topics))} | "
                   f"{cell(', '.join(f'{s} ({k})' for s, k in c.lists))} | {cell('; '.join(c.hubs))} |")
    out.append("")
    if stats.list_overlap:
        out += ["## Works shared between lists", "", "| list | list | shared works |", "|---|---|---|"]
        out += [f"| {a} | {b} | {k} |" for a, b, k in stats.list_overlap] + [""]
    return "\n".join(out)


def _md_cell(text: str) -> str:
    """Table-safe text: list titles may hold pipes, newlines or HTML."""
    return (" ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|")
            .replace("<", "&lt;").replace(">", "&gt;"))[:120]
