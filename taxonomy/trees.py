"""In-memory trees for the small hierarchical taxonomies (levels, themes).

They have dozens of rows, so one query loads a whole tree and every walk up
or down happens in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


class Tree:
    def __init__(self, nodes: Iterable):
        self.nodes = list(nodes)
        self.by_id = {node.pk: node for node in self.nodes}
        self.by_slug = {node.slug: node for node in self.nodes}
        self._children = defaultdict(list)
        for node in self.nodes:
            self._children[node.parent_id].append(node)

    def __iter__(self):
        return iter(self.nodes)

    def children(self, node=None) -> list:
        return self._children[node.pk if node is not None else None]

    def ancestors(self, node) -> list:
        """From the root down to the node's parent."""
        chain, seen = [], {node.pk}
        parent = self.by_id.get(node.parent_id)
        while parent is not None and parent.pk not in seen:
            chain.append(parent)
            seen.add(parent.pk)
            parent = self.by_id.get(parent.parent_id)
        return chain[::-1]

    def path(self, node) -> list:
        return [*self.ancestors(node), node]

    def with_ancestors(self, nodes: Iterable) -> set:
        ids = set()
        for node in nodes:
            ids.update(n.pk for n in self.path(self.by_id.get(node.pk, node)))
        return ids

    def flatten(self):
        """(node, depth) pairs, depth first, in display order."""
        out, seen = [], set()

        def walk(parent, depth):
            for child in self.children(parent):
                if child.pk in seen:
                    continue  # a cycle typed into the admin must not hang us
                seen.add(child.pk)
                out.append((child, depth))
                walk(child, depth + 1)

        walk(None, 0)
        return out

    def deepest(self, nodes: Iterable):
        """The most specific of the nodes, for a breadcrumb."""
        nodes = [self.by_id[n.pk] for n in nodes if n.pk in self.by_id]
        if not nodes:
            return None
        return max(nodes, key=lambda n: (len(self.ancestors(n)), -n.position))
