import CGDAL

/// A GeoPackage layer cut into chunks that several threads read at once.
///
/// GDAL reads a GeoPackage layer in the order of its feature ids (the SQLite rowid). When the
/// ids run without gaps from the smallest to the largest, as ogr2ogr and QGIS write them,
/// feature `i` has id `smallest + i`, so a chunk is a range of ids: each thread opens the
/// file itself (GDAL handles are used from one thread only) and sets an attribute filter on
/// the id column, which the GeoPackage driver turns into a rowid range, so a chunk reads only
/// its own rows. One thread reads the chunks too: the loader then keeps only id hashes (16
/// MiB at a million features instead of 32, and never a growing table) and each chunk's
/// dataset is closed behind it. A layer with gaps in its ids and other formats read on the
/// sequential path (``GDALFeatureSource/read(header:feature:)``).
extension GDALFeatureSource: ChunkedFeatureSource {
    /// Features per chunk: one Arrow batch (``GDALArrowReader/batchSize``).
    static let featuresPerChunk = GDALArrowReader.batchSize

    /// The layer's id ranges; `bytesPerChunk` is not used (chunks hold ``featuresPerChunk``
    /// features). Nil for a layer that is not a GeoPackage layer with linear geometry, more
    /// than one chunk of features and ids without gaps, or when anything cannot be read (the sequential read
    /// then names the problem).
    public func chunks(bytesPerChunk: Int, threads: Int) -> FeatureChunks? {
        guard let file, (try? checkFile(file)) != nil, (try? GDALLibrary.require(for: name)) != nil else { return nil }
        let log = GDALErrorLog()
        guard let plan = log.capture({ idRanges(log) }) else { return nil }
        let per = Self.featuresPerChunk
        return FeatureChunks(header: plan.header, count: (plan.count + per - 1) / per, features: plan.count) {
            index, feature in
            let first = index * per
            return readIDs(
                from: plan.smallest + first, count: min(per, plan.count - first), firstIndex: first, feature: feature)
        }
    }

    /// What cutting the layer needs: its header, its number of features and smallest id;
    /// nil unless the layer qualifies (see ``chunks(bytesPerChunk:threads:)``).
    private func idRanges(_ log: GDALErrorLog) -> (header: LayerHeader, count: Int, smallest: Int)? {
        guard let handle = try? open(log) else { return nil }
        defer { gdal.GDALClose(handle) }
        guard let layer = try? layer(in: handle), Self.driver(of: handle) == "GPKG",
            gdal.OGR_GT_IsNonLinear(gdal.OGR_L_GetGeomType(layer)) == 0,
            let fidColumn = gdal.OGR_L_GetFIDColumn(layer).map({ String(cString: $0) }), !fidColumn.isEmpty,
            let table = gdal.OGR_L_GetName(layer).map({ String(cString: $0) })
        else { return nil }
        let count = Int(gdal.OGR_L_GetFeatureCount(layer, 1))
        guard count > Self.featuresPerChunk, Self.columnTypeProblems(handle, layer).isEmpty,
            let result = gdal.GDALDatasetExecuteSQL(
                handle,
                "SELECT MIN(\(Self.quoted(fidColumn))), MAX(\(Self.quoted(fidColumn))) FROM \(Self.quoted(table))", nil,
                nil)
        else { return nil }
        defer { gdal.GDALDatasetReleaseResultSet(handle, result) }
        guard let row = gdal.OGR_L_GetNextFeature(result) else { return nil }
        defer { gdal.OGR_F_Destroy(row) }
        let smallest = Int(gdal.OGR_F_GetFieldAsInteger64(row, 0)),
            largest = Int(gdal.OGR_F_GetFieldAsInteger64(row, 1))
        // Ids may span more than Int holds (0 to Int64.max): such a layer has gaps, read it whole.
        let (span, overflow) = largest.subtractingReportingOverflow(smallest)
        guard !overflow, span < Int.max, span + 1 == count, smallest.addingReportingOverflow(count).overflow == false
        else { return nil }
        return (Self.header(of: layer).0, count, smallest)
    }

    /// Reads the `count` features with ids from `smallest` on, through a dataset handle of
    /// this thread's own, numbering them from `firstIndex`. False when they cannot all be read.
    private func readIDs(from smallest: Int, count: Int, firstIndex: Int, feature: (SourceFeature) -> Void) -> Bool {
        let log = GDALErrorLog()
        let done = try? log.capture { () throws(SourceError) -> Bool in
            let handle = try open(log)
            defer { gdal.GDALClose(handle) }
            let layer = try layer(in: handle)
            guard let fidColumn = gdal.OGR_L_GetFIDColumn(layer).map({ String(cString: $0) }) else { return false }
            let column = Self.quoted(fidColumn)
            guard
                gdal.OGR_L_SetAttributeFilter(layer, "\(column) >= \(smallest) AND \(column) < \(smallest + count)")
                    == OGRERR_NONE
            else { return false }
            return try read(
                layer, of: handle, fields: GDALFields(gdal.OGR_L_GetLayerDefn(layer)), startIndex: firstIndex, log: log,
                feature: feature) == count
        }
        return done ?? false
    }

    /// An SQL identifier in double quotes.
    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
