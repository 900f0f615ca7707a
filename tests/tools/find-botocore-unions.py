#!/usr/bin/env python3
"""Lists structures that AWS's Smithy models declare unions but botocore writes without "union": true.

The generator's botocore reader reads them as unions (generator/Reading/Botocore/BotocoreUnions.cs), so
both model formats give the same types. Run it against fetched mirrors of boto/botocore and
aws/api-models-aws (bare git directories):

    tests/tools/find-botocore-unions.py /path/to/botocore.git /path/to/api-models-aws.git

Event-stream structures are printed separately: botocore always writes those as structures, and the
generator omits the operations that use them.
"""
import json
import subprocess
import sys


def show(repo, path):
    result = subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], capture_output=True)
    return json.loads(result.stdout) if result.returncode == 0 else None


def files(repo, suffix, under=None):
    args = ["git", "-C", repo, "ls-tree", "-r", "--name-only", "HEAD"] + ([under] if under else [])
    return [p for p in subprocess.run(args, capture_output=True, text=True).stdout.split() if p.endswith(suffix)]


def main(botocore, smithy):
    latest = {}
    for path in files(botocore, "service-2.json", "botocore/data"):
        _, _, service, version, _ = path.split("/")
        if service not in latest or version > latest[service][0]:
            latest[service] = (version, path)

    by_id = {}
    for version, path in latest.values():
        model = show(botocore, path)
        if model is not None:
            by_id[(model["metadata"].get("serviceId"), model["metadata"].get("apiVersion"))] = model

    unions, streams = [], []
    for path in files(smithy, ".json"):
        if "/service/" not in path:
            continue
        model = show(smithy, path)
        if model is None:
            continue
        services = [s for s in model["shapes"].values() if s["type"] == "service"]
        if not services:
            continue
        service = services[0]
        key = (service.get("traits", {}).get("aws.api#service", {}).get("sdkId"), service.get("version"))
        twin = by_id.get(key)
        if twin is None:
            continue
        for shape_id, shape in model["shapes"].items():
            name = shape_id.split("#")[1]
            other = twin["shapes"].get(name)
            if shape["type"] == "union" and other is not None and not other.get("union"):
                (streams if other.get("eventstream") else unions).append((key[0], name))

    for service_id, name in sorted(unions):
        print(f'Key("{service_id}", "{name}"),')
    print("# event streams:", ", ".join(f"{s}#{n}" for s, n in sorted(streams)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
