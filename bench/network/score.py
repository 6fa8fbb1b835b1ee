#!/usr/bin/env python3
"""Scores an analyze report against a generated city's truth.json.

Ring recovered: some reported community has Jaccard >= 0.5 with the ring's numbers.
Controller found: the controller (either of its SIMs) is among the top-3 key_players of the
best-matching community. Shared handsets: every truth IMEI is reported with all its numbers.
"""
import json
import sys


def main(truth_path, report_path):
    truth = json.load(open(truth_path))
    report = json.load(open(report_path))
    communities = [(set(c["members"]), c["key_players"]) for c in report["communities"]]
    by_number = {}
    for index, (members, _) in enumerate(communities):
        for m in members:
            by_number[m] = index
    recovered = controllers = 0
    jaccards = []
    for ring in truth["rings"]:
        members = set(ring["members"])
        best, best_j = None, 0.0
        for index in {by_number[m] for m in members if m in by_number}:
            found = communities[index][0]
            j = len(found & members) / len(found | members)
            if j > best_j:
                best, best_j = index, j
        jaccards.append(best_j)
        if best_j >= 0.5:
            recovered += 1
            if set(communities[best][1][:3]) & set(ring["controller_numbers"]):
                controllers += 1
    devices = {d["imei"]: set(d["numbers"]) for d in report["devices"]}
    handsets_found = sum(1 for h in truth["shared_handsets"]
                         if set(h["numbers"]) <= devices.get(h["imei"], set()))
    rings = len(truth["rings"])
    sizes = sorted(len(m) for m, _ in communities)
    print(f"rings recovered (Jaccard>=0.5): {recovered}/{rings} = {recovered / rings:.3f}")
    print(f"mean best Jaccard: {sum(jaccards) / rings:.3f}")
    print(f"controllers in top-3 key players: {controllers}/{rings} = {controllers / rings:.3f}")
    print(f"shared handsets found: {handsets_found}/{len(truth['shared_handsets'])}")
    print(f"communities reported: {len(communities)}, median size {sizes[len(sizes) // 2] if sizes else 0},"
          f" largest {sizes[-1] if sizes else 0}, seconds {report['summary']['seconds']}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
