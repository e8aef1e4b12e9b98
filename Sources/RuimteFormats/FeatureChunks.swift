/// A source whose features can be cut into chunks that several threads read at once
/// (a GeoJSON file: see ``GeoJSONFeatureSource``).
public protocol ChunkedFeatureSource: FeatureSource {
    /// Reads the header and cuts the features into chunks of about `bytesPerChunk` bytes of
    /// text, using up to `threads` threads to find the cuts. Nil when the layer is not well-formed enough to cut (not
    /// a FeatureCollection, no
    /// features, unbalanced brackets): ``FeatureSource/read(header:feature:)`` then names the
    /// problem.
    func chunks(bytesPerChunk: Int, threads: Int) -> FeatureChunks?
}

/// A layer's features cut into chunks, each readable on its own thread. Chunk `i` holds the
/// features after those of chunk `i - 1`, so reading the chunks in order reads the layer in
/// order, with the same feature indices as ``FeatureSource/read(header:feature:)``.
public final class FeatureChunks: Sendable {
    /// What the layer says about itself.
    public let header: LayerHeader
    /// The number of chunks.
    public let count: Int
    /// The number of features in all chunks (for sizing tables before reading).
    public let features: Int
    private let reader: @Sendable (Int, (SourceFeature) -> Void) -> Bool

    /// Chunks read by `reader`, which hands chunk `i`'s features to its second argument in
    /// order and returns false when the chunk's text is not well-formed.
    public init(
        header: LayerHeader, count: Int, features: Int,
        reader: @escaping @Sendable (Int, (SourceFeature) -> Void) -> Bool
    ) {
        self.header = header
        self.count = count
        self.features = features
        self.reader = reader
    }

    /// Reads chunk `index` feature by feature. False when its text is not well-formed (the
    /// features handed on so far are then not the whole chunk, and the layer should be read
    /// with ``FeatureSource/read(header:feature:)`` for the message).
    public func read(_ index: Int, feature: (SourceFeature) -> Void) -> Bool {
        reader(index, feature)
    }
}
