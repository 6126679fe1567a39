#!/usr/bin/env python3
"""Where the app's CPU goes, from a flight recording (bench/run.sh with JFR=1).

    python3 bench/jfr_summary.py app.jfr [--top 25]

Reads the execution samples (`jfr print --json --events jdk.ExecutionSample`) and prints the share of
samples whose stack passes through each area (a sample counts once per area; areas overlap, e.g. SQM
translation is part of Hibernate), then the hottest frames by self time.
"""
import argparse
import collections
import json
import subprocess

AREAS = [
    ("Hibernate ORM (all)", ("org.hibernate.",)),
    ("  HQL/SQM -> SQL translation", ("org.hibernate.query.sqm.sql.", "org.hibernate.query.hql.",
                                      "org.hibernate.query.sqm.internal.QuerySqmImpl.buildSelectQueryPlan",
                                      "org.hibernate.query.sqm.internal.ConcreteSqmSelectQueryPlan.buildCacheableSqmInterpretation")),
    ("  flush / dirty checking", ("org.hibernate.event.internal.AbstractFlushingEventListener",
                                  "org.hibernate.event.internal.DefaultFlushEntityEventListener")),
    ("Panache", ("io.quarkus.hibernate.orm.panache.",)),
    ("JDBC driver (pgjdbc)", ("org.postgresql.",)),
    ("Agroal pool / Narayana JTA", ("io.agroal.", "com.arjuna.", "io.quarkus.narayana.")),
    ("Jackson (JSON)", ("com.fasterxml.jackson.",)),
    ("JWT verification (smallrye-jwt, jose4j)", ("io.smallrye.jwt.", "org.jose4j.", "io.quarkus.smallrye.jwt.")),
    ("RSA / crypto", ("sun.security.rsa.", "sun.security.provider.", "java.security.")),
    ("RESTEasy Reactive", ("org.jboss.resteasy.reactive.",)),
    ("Vert.x / Netty (HTTP)", ("io.vertx.", "io.netty.")),
    ("Quarkus security / CDI", ("io.quarkus.security.", "io.quarkus.vertx.http.runtime.security.", "io.quarkus.arc.")),
    ("Bean validation", ("org.hibernate.validator.",)),
    ("app code (io.dudao)", ("io.dudao.",)),
    ("ETag hashing (SHA-256)", ("sun.security.provider.SHA", "sun.security.provider.DigestBase")),
    ("logging", ("org.jboss.logmanager.", "org.jboss.logging.")),
]


def frames(sample):
    return ["%s.%s" % (f["method"]["type"]["name"].replace("/", "."), f["method"]["name"])
            for f in sample["values"]["stackTrace"]["frames"]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample",
                          args.recording], check=True, capture_output=True, text=True).stdout
    samples = json.loads(raw)["recording"]["events"]
    total = len(samples)
    inclusive = collections.Counter()
    selfs = collections.Counter()
    for s in samples:
        stack = frames(s)
        if not stack:
            continue
        selfs[stack[0]] += 1
        for name, prefixes in AREAS:
            if any(f.startswith(p) for f in stack for p in prefixes):
                inclusive[name] += 1
    print("%d execution samples" % total)
    print("\nshare of samples passing through:")
    for name, _ in AREAS:
        print("  %-42s %5.1f%%" % (name, 100.0 * inclusive[name] / max(total, 1)))
    print("\nhottest frames (self):")
    for frame, n in selfs.most_common(args.top):
        print("  %5.1f%%  %s" % (100.0 * n / max(total, 1), frame))


if __name__ == "__main__":
    main()
