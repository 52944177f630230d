#!/usr/bin/env python3
"""Analyses a JSON Lines news collection with `graphtool extract --for-ingest` on Apache Spark.

The analyses are written as JSON Lines part files to a new folder, for `graphtool ingest --analyses
FOLDER`:

    python3 Scripts/spark/extract.py --master 'local[2]' --graphtool .build/release/graphtool \
        articles.jsonl.gz analyses/
    spark-submit --master yarn Scripts/spark/extract.py --graphtool graphtool-linux/graphtool \
        --partitions 64 hdfs:///news/*.jsonl.gz hdfs:///news-analyses/
    graphtool ingest --analyses analyses/ --db graph.sqlite

The graphtool binary and the resource folders beside it (`graphtool_NER.resources`, …) are shipped
to the executors with SparkContext.addFile. Each partition's lines go to one `graphtool extract`
process on standard input; its output lines come back as the partition's analyses, in input order.
Options after `--` are passed to extract (`-- --text-field body --id-field uid`). Executors keep the
lexicons extract compiles in `~/.cache/graphtool` (`spark.executorEnv.GRAPHTOOL_CACHE` names another
folder).

Records are stored by their id, else their URL: a record with neither is named by its line within
its partition, which is not unique across partitions, so give such collections an id field.

Exit status: 0 when every record was analysed; 1 when extract skipped records (their messages are on
the executors' standard error); 2 when Spark, Java or graphtool cannot be used (the message says why).
"""
import argparse
import os
import shutil
import subprocess
import sys
import threading

SETUP = "bash Scripts/spark/setup.sh"


def fail(message):
    print(f"spark-extract: {message}", file=sys.stderr)
    sys.exit(2)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines files (a path, folder or glob Spark reads: file:, hdfs:, s3a:…; .gz allowed)")
    parser.add_argument("output", help="the folder to write part files to; it must not exist")
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
    return args


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


def extract_partition(command, documents, skipped):
    """A function that pipes one partition's lines through `command` and yields its output lines,
    counting them in the accumulator `documents`, and the partitions with skipped records in
    `skipped`; extract's messages name a record by its line within the partition."""
    def run(partition, lines):
        from pyspark import SparkFiles
        lines = iter(lines)
        first = next(lines, None)
        if first is None:
            return
        binary = SparkFiles.get(command[0])
        process = subprocess.Popen([binary] + command[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        errors = []

        def feed():
            try:
                process.stdin.write(first.encode("utf-8") + b"\n")
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
                process.stdin.close()
            except BrokenPipeError:
                pass

        def drain():
            errors.append(process.stderr.read().decode("utf-8", "replace"))

        threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain, daemon=True)]
        for thread in threads:
            thread.start()
        for line in process.stdout:
            documents.add(1)
            yield line.decode("utf-8").rstrip("\n")
        status = process.wait()
        for thread in threads:
            thread.join()
        message = "".join(errors)
        if status == 1:
            # Records skipped: extract said which (by line within the partition) on standard error;
            # the others are analysed.
            sys.stderr.write("".join(f"spark-extract: partition {partition}: {line}\n" for line in message.splitlines()))
            skipped.add(1)
        elif status != 0:
            raise RuntimeError(f"graphtool extract exited with status {status}: {message.strip()[-2000:]}")
    return run


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
        command = [os.path.basename(graphtool), "extract", "--for-ingest", "--input-format", "jsonl"] + args.extract_options + ["-"]
        documents, skipped = context.accumulator(0), context.accumulator(0)
        analyses = lines.mapPartitionsWithIndex(extract_partition(command, documents, skipped))
        analyses.saveAsTextFile(args.output)
        partitions, documents, skipped = analyses.getNumPartitions(), documents.value, skipped.value
    finally:
        context.stop()
    print(f"spark-extract: {args.output}: {documents} analyses in {partitions} part files")
    if skipped:
        print(f"spark-extract: extract skipped records in {skipped} of {partitions} partitions (messages above, or in the executors' logs)",
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
