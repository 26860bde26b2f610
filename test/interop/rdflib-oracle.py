# Reads Parley's graph files with Debian's rdflib and answers for the interop tests, as JSON on stdout.
#   query GRAPH.ttl QUERY.rq...       {"QUERY.rq": SPARQL 1.1 Query Results JSON, ...}: each query on the Turtle graph
#   compare GRAPH.ttl OTHER FORMAT    {"isomorphic": bool, "triples": n, "otherTriples": m}: OTHER (nt, json-ld) against the Turtle
import json
import sys

import rdflib
from rdflib.compare import isomorphic


def read(path, fmt):
    graph = rdflib.Graph()
    graph.parse(path, format=fmt)
    return graph


def main(argv):
    if len(argv) >= 4 and argv[1] == "query":
        graph = read(argv[2], "turtle")
        answers = {}
        for path in argv[3:]:
            with open(path, encoding="utf-8") as file:
                answers[path] = json.loads(graph.query(file.read()).serialize(format="json").decode("utf-8"))
        json.dump(answers, sys.stdout)
        return 0
    if len(argv) == 5 and argv[1] == "compare":
        turtle = read(argv[2], "turtle")
        other = read(argv[3], argv[4])
        json.dump({"isomorphic": isomorphic(turtle, other), "triples": len(turtle), "otherTriples": len(other)}, sys.stdout)
        return 0
    sys.stderr.write("usage: rdflib-oracle.py query GRAPH.ttl QUERY.rq... | compare GRAPH.ttl OTHER FORMAT\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
