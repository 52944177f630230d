#!/usr/bin/env python3
"""Analyses a JSON Lines news collection with `graphtool extract --for-ingest` on Apache Spark.

The analyses are written as JSON Lines part files to a new folder, for `graphtool ingest --analyses
FOLDER`:

    python3 Scripts/spark/extract.py --master 'local[2]' --graphtool .build/release/graphtool \
        articles.jsonl.gz analyses/
    spark-submit --master yarn Scripts/spark/extract.py --graphtool graphtool-linux/graphtool \
        --partitions 64 hdfs:///news/*.jsonl.gz hdfs:///news-analyses/
    graphtool ingest --analyses analyses/ --db graph.sqlite

or, with `--db postgresql://…` instead of a folder, stored by the executors themselves: each
partition's analyses go straight from its extract process into a `graphtool ingest --analyses -`
process writing to that PostgreSQL store (many writers at once, each batch one transaction):

    spark-submit --master yarn Scripts/spark/extract.py --graphtool graphtool-linux/graphtool \
        --partitions 64 --db postgresql://graphtool@db.example:5432/news hdfs:///news/*.jsonl.gz

The graphtool binary and the resource folders beside it (`graphtool_NER.resources`, …) are shipped
to the executors with SparkContext.addFile. Each partition's lines go to one `graphtool extract`
process on standard input; its output lines come back as the partition's analyses, in input order.
Options after `--` are passed to extract (`-- --text-field body --id-field uid`); with `--db`, its
`--aliases` and `--gazetteer` files go to ingest too, so that the whole store follows them. Executors keep the
lexicons extract compiles in `~/.cache/graphtool` (`spark.executorEnv.GRAPHTOOL_CACHE` names another
folder).

Records are stored by their id, else their URL: a record with neither is named by its line within
its partition, which is not unique across partitions, so give such collections an id field.

Exit status: 0 when every record was analysed (and, with `--db`, stored); 1 when extract skipped
records (their messages are on the executors' standard error); 2 when Spark, Java or graphtool cannot
be used (the message says why). A partition whose ingest fails fails the job with ingest's message;
running the job again stores what is missing (documents already stored are left unchanged).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import urllib.parse

SETUP = "bash Scripts/spark/setup.sh"


def fail(message):
    print(f"spark-extract: {message}", file=sys.stderr)
    sys.exit(2)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines files (a path, folder or glob Spark reads: file:, hdfs:, s3a:…; .gz allowed)")
    parser.add_argument("output", nargs="?", help="the folder to write part files to; it must not exist (not with --db)")
    parser.add_argument("--db", help="a postgresql:// store the executors ingest the analyses into, instead of writing part files")
    parser.add_argument("--graphtool", default=os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                                                           ".build", "release", "graphtool"),
                        help="the graphtool binary to ship (default: .build/release/graphtool)")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, else local[2])")
    parser.add_argument("--partitions", type=int, help="at least this many partitions, one extract process each (default: Spark's default parallelism)")
    parser.epilog = "Options after -- go to graphtool extract (--text-field, --id-field, --aliases…)."
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:split])
    args.extract_options = argv[split + 1:]
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be 1 or more")
    if (args.output is None) == (args.db is None):
        parser.error("name an OUTPUT folder for part files, or a store with --db postgresql://…, not both")
    if args.db is not None and not args.db.startswith(("postgresql://", "postgres://")):
        parser.error(f"--db takes a postgresql:// URL, which every executor can reach (not {args.db!r}); "
                     "for a SQLite store write part files and run `graphtool ingest --analyses FOLDER`")
    return args


def shown(url):
    """A store's URL without its password, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def ingest_options(extract_options):
    """The options of extract that ingest needs as well: the files that decide names and merges."""
    shared, k = [], 0
    while k < len(extract_options):
        option = extract_options[k]
        if option in ("--aliases", "--gazetteer") and k + 1 < len(extract_options):
            shared += extract_options[k:k + 2]
            k += 2
            continue
        if option.startswith(("--aliases=", "--gazetteer=")):
            shared.append(option)
        k += 1
    return shared


def shipped_files(graphtool):
    """The binary and the resource folders that SwiftPM puts beside it."""
    if not os.access(graphtool, os.X_OK):
        fail(f"{graphtool}: no graphtool binary there; build one with `swift build -c release` or name it with --graphtool")
    folder = os.path.dirname(os.path.abspath(graphtool))
    resources = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".resources"))
    return os.path.abspath(graphtool), resources


def spark_context(master):
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        fail(f"Spark needs Java 17 or later and there is no `java` on PATH: install Debian's openjdk-17-jre-headless ({SETUP})")
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        fail(f"PySpark is not installed for {sys.executable}: {SETUP}")
    conf = SparkConf().setAppName("graphtool extract")
    if master:
        conf.setMaster(master)
    conf.setIfMissing("spark.master", "local[2]")
    conf.setIfMissing("spark.ui.enabled", "false")
    conf.setIfMissing("spark.ui.showConsoleProgress", "false")
    if conf.get("spark.master").startswith("local"):
        # Local workers run the driver's Python, which has PySpark; the driver talks to itself on
        # the loopback address only.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        conf.setIfMissing("spark.driver.host", "127.0.0.1")
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1")
    try:
        context = SparkContext(conf=conf)
    except Exception as error:  # the JVM did not start: say so rather than print a Py4J trace
        fail(f"Spark cannot start ({str(error).strip().splitlines()[-1]}); check Java 17 and PySpark with {SETUP}")
    context.setLogLevel("WARN")
    return context


def pipe_partition(partition, lines, commands, documents, skipped):
    """Pipes one partition's lines through `commands` (extract, then ingest when there are two),
    yielding the last one's output lines; counts extract's output lines in the accumulator
    `documents` and the partitions with skipped records in `skipped`. Extract's messages name a
    record by its line within the partition."""
    from pyspark import SparkFiles
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    binary = SparkFiles.get(commands[0][0])
    extract = subprocess.Popen([binary] + commands[0][1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    ingest = None
    if len(commands) > 1:
        ingest = subprocess.Popen([binary] + commands[1][1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
    errors = {"extract": [], "ingest": []}

    def feed():
        try:
            extract.stdin.write(first.encode("utf-8") + b"\n")
            for line in lines:
                extract.stdin.write(line.encode("utf-8") + b"\n")
            extract.stdin.close()
        except BrokenPipeError:
            pass

    def relay():
        # Extract's analyses, counted on their way to ingest; when ingest stops early (its store
        # cannot be reached), extract is stopped too, and ingest's message is the one reported.
        try:
            for line in extract.stdout:
                documents.add(1)
                ingest.stdin.write(line)
            ingest.stdin.close()
        except BrokenPipeError:
            extract.kill()

    def drain(name, process):
        errors[name].append(process.stderr.read().decode("utf-8", "replace"))

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain, args=("extract", extract), daemon=True)]
    if ingest is not None:
        threads += [threading.Thread(target=relay, daemon=True), threading.Thread(target=drain, args=("ingest", ingest), daemon=True)]
    for thread in threads:
        thread.start()
    if ingest is None:
        for line in extract.stdout:
            documents.add(1)
            yield line.decode("utf-8").rstrip("\n")
    else:
        output = ingest.stdout.read().decode("utf-8")
    status = extract.wait()
    stored = ingest.wait() if ingest is not None else 0
    for thread in threads:
        thread.join()
    if stored != 0:
        raise RuntimeError(f"graphtool ingest exited with status {stored}: {''.join(errors['ingest']).strip()[-2000:]}")
    message = "".join(errors["extract"])
    if status == 1:
        # Records skipped: extract said which (by line within the partition) on standard error;
        # the others are analysed.
        sys.stderr.write("".join(f"spark-extract: partition {partition}: {line}\n" for line in message.splitlines()))
        skipped.add(1)
    elif status != 0:
        raise RuntimeError(f"graphtool extract exited with status {status}: {message.strip()[-2000:]}")
    if ingest is not None:
        yield output


def main():
    args = parse_arguments()
    graphtool, resources = shipped_files(args.graphtool)
    context = spark_context(args.master)
    try:
        context.addFile(graphtool)
        for folder in resources:
            context.addFile(folder, recursive=True)
        lines = context.textFile(args.input, minPartitions=args.partitions or context.defaultParallelism)
        # A gzip file is one partition however large: spread its lines over the partitions asked
        # for, each a run of consecutive lines, so that the part files keep the input's order.
        if args.partitions and lines.getNumPartitions() < args.partitions:
            numbered = lines.zipWithIndex().map(lambda pair: (pair[1], pair[0]))
            lines = numbered.sortByKey(numPartitions=args.partitions).values()
        name = os.path.basename(graphtool)
        commands = [[name, "extract", "--for-ingest", "--input-format", "jsonl"] + args.extract_options + ["-"]]
        if args.db:
            commands.append([name, "ingest", "--analyses", "-", "--json", "--db", args.db] + ingest_options(args.extract_options))
        documents, skipped = context.accumulator(0), context.accumulator(0)
        results = lines.mapPartitionsWithIndex(lambda partition, part: pipe_partition(partition, part, commands, documents, skipped))
        try:
            if args.db:
                reports = [json.loads(summary)["report"] for summary in results.collect()]
            else:
                results.saveAsTextFile(args.output)
        except Exception as error:  # a task failed: its graphtool message, not Spark's trace
            failures = [line.strip() for line in str(error).splitlines() if line.strip().startswith("RuntimeError: ")]
            fail(f"the job failed: {failures[0].removeprefix('RuntimeError: ') if failures else str(error).strip().splitlines()[-1]}")
        partitions, documents, skipped = results.getNumPartitions(), documents.value, skipped.value
    finally:
        context.stop()
    if args.db:
        total = {key: sum(report[key] for report in reports) for key in ("added", "replaced", "unchanged", "duplicates")}
        print(f"spark-extract: {shown(args.db)}: {documents} analyses from {partitions} partitions stored by "
              f"{len(reports)} ingest processes: {total['added']} new, {total['replaced']} replaced, "
              f"{total['unchanged']} unchanged, {total['duplicates']} duplicates")
    else:
        print(f"spark-extract: {args.output}: {documents} analyses in {partitions} part files")
    if skipped:
        print(f"spark-extract: extract skipped records in {skipped} of {partitions} partitions (messages above, or in the executors' logs)",
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
