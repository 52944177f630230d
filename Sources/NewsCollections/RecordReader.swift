/// Reads the records of one input, one at a time.
protocol RecordReader {
    /// The next record or problem, or nil when the input is done.
    mutating func next() -> Result<InputRecord, RecordProblem>?
}
