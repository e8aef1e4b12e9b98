/* The raw-C floor: the same algorithm as Ruimte's StreamingJoin, straight on GEOS's C API
 * (reentrant), single-threaded, on the files ruimte-bench writes.
 *   load: WKB polygon records streamed into one packed array of positions (16 bytes each);
 *   both computations: a uniform grid over the zones' boxes (the same sizing rule as
 *   EnvelopeGrid.swift) skips features whose box meets no zone; only the others become
 *   GEOS geometries, one at a time, tested against the prepared zones: containsProperly ->
 *   the footprint's own area, else intersects -> intersection area; for dwellings a prepared
 *   distanceWithin against each zone whose grown box holds the point.
 * Build: cc -O2 -o geos_peer geos_peer.c $(pkg-config --cflags --libs geos) -lm
 * Usage: geos_peer DIR REPS DISTANCE [RESULTS] */
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static void fail(const char *what) { fprintf(stderr, "geos_peer: %s\n", what); exit(1); }

static unsigned char *slurp(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END); *size = (size_t)ftell(f); fseek(f, 0, SEEK_SET);
    unsigned char *data = malloc(*size ? *size : 1);
    if (fread(data, 1, *size, f) != *size) { perror(path); exit(1); }
    fclose(f);
    return data;
}

/* Polygons packed like PackedPolygons.swift: positions, ring starts, polygon (= feature) starts. */
typedef struct { double *xy; uint32_t *ring, *poly; size_t npos, nring, npoly, cappos, capring, cappoly; } Packed;

static void push_polygon_wkb(Packed *p, const unsigned char *w, size_t len) {
    uint32_t type, rings, n;
    if (len < 9 || w[0] != 1) fail("expected little-endian WKB");
    memcpy(&type, w + 1, 4); memcpy(&rings, w + 5, 4);
    if (type != 3) fail("expected a polygon");
    size_t off = 9;
    for (uint32_t r = 0; r < rings; r++) {
        if (off + 4 > len) fail("truncated WKB");
        memcpy(&n, w + off, 4); off += 4;
        if (off + 16 * (size_t)n > len) fail("truncated WKB");
        while (p->npos + n > p->cappos) { p->cappos = p->cappos ? p->cappos * 2 : 1 << 16; p->xy = realloc(p->xy, p->cappos * 16); }
        memcpy(p->xy + 2 * p->npos, w + off, 16 * (size_t)n); off += 16 * (size_t)n;
        p->npos += n;
        if (p->nring + 2 > p->capring) { p->capring = p->capring ? p->capring * 2 : 1 << 16; p->ring = realloc(p->ring, p->capring * 4); }
        p->ring[++p->nring] = (uint32_t)p->npos;
    }
    if (p->npoly + 2 > p->cappoly) { p->cappoly = p->cappoly ? p->cappoly * 2 : 1 << 16; p->poly = realloc(p->poly, p->cappoly * 4); }
    p->poly[++p->npoly] = (uint32_t)p->nring;
}

/* Calls each(record) for every length-prefixed record, reading a megabyte at a time. */
static void for_each_record(const char *path, void (*each)(void *, const unsigned char *, size_t), void *ctx) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    size_t cap = 1 << 21, have = 0, got;
    unsigned char *buf = malloc(cap);
    while ((got = fread(buf + have, 1, cap - have, f)) > 0 || have > 0) {
        have += got;
        size_t off = 0;
        while (off + 4 <= have) {
            uint32_t len; memcpy(&len, buf + off, 4);
            if (off + 4 + len > have) break;
            each(ctx, buf + off + 4, len);
            off += 4 + len;
        }
        if (got == 0 && off < have) fail("truncated records file");
        memmove(buf, buf + off, have - off); have -= off;
        if (have == cap) { cap *= 2; buf = realloc(buf, cap); }
        if (got == 0) break;
    }
    free(buf); fclose(f);
}

static void pack_each(void *ctx, const unsigned char *w, size_t len) { push_polygon_wkb(ctx, w, len); }
typedef struct { GEOSContextHandle_t h; GEOSWKBReader *r; GEOSGeometry **g; size_t n, cap; } Zones;
static void zone_each(void *ctx, const unsigned char *w, size_t len) {
    Zones *z = ctx;
    if (z->n == z->cap) { z->cap = z->cap ? z->cap * 2 : 64; z->g = realloc(z->g, z->cap * sizeof *z->g); }
    if (!(z->g[z->n++] = GEOSWKBReader_read_r(z->h, z->r, w, len))) fail("bad zone WKB");
}

/* The uniform grid of EnvelopeGrid.swift. */
typedef struct { double minx, miny, maxx, maxy; } Box;
typedef struct { const Box *boxes; Box bounds; double cell; int cols, rows; int32_t *start, *member; } Grid;
static int cmp_double(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cell_of(double v, double origin, double cell, int count) {
    double c = floor((v - origin) / cell);
    return (int)(c < 0 ? 0 : c > count - 1 ? count - 1 : c);
}
static int meets(const Box *a, const Box *b) { return a->minx <= b->maxx && b->minx <= a->maxx && a->miny <= b->maxy && b->miny <= a->maxy; }
static Grid grid_make(const Box *boxes, int n) {
    Grid g = { boxes, boxes[0], 0, 0, 0, NULL, NULL };
    double *sides = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) {
        const Box *b = &boxes[i];
        g.bounds.minx = fmin(g.bounds.minx, b->minx); g.bounds.miny = fmin(g.bounds.miny, b->miny);
        g.bounds.maxx = fmax(g.bounds.maxx, b->maxx); g.bounds.maxy = fmax(g.bounds.maxy, b->maxy);
        sides[i] = fmax(b->maxx - b->minx, b->maxy - b->miny);
    }
    qsort(sides, n, sizeof(double), cmp_double);
    double w = g.bounds.maxx - g.bounds.minx, hgt = g.bounds.maxy - g.bounds.miny;
    double cell = fmax(fmax(sides[n / 2], sqrt(fmax(w, 1e-9) * fmax(hgt, 1e-9) / n)), 1e-9);
    free(sides);
    g.cols = (int)fmin(floor(w / cell) + 1, 4096); g.rows = (int)fmin(floor(hgt / cell) + 1, 4096);
    g.cell = fmax(cell, fmax(w / g.cols, hgt / g.rows));
    int cells = g.cols * g.rows;
    g.start = calloc(cells + 1, sizeof(int32_t));
    for (int pass = 0; pass < 2; pass++) {
        int32_t *next = pass ? calloc(cells, sizeof(int32_t)) : NULL;
        for (int i = 0; i < n; i++) {
            int c0 = cell_of(boxes[i].minx, g.bounds.minx, g.cell, g.cols), c1 = cell_of(boxes[i].maxx, g.bounds.minx, g.cell, g.cols);
            int r0 = cell_of(boxes[i].miny, g.bounds.miny, g.cell, g.rows), r1 = cell_of(boxes[i].maxy, g.bounds.miny, g.cell, g.rows);
            for (int r = r0; r <= r1; r++) for (int c = c0; c <= c1; c++) {
                if (pass) g.member[g.start[r * g.cols + c] + next[r * g.cols + c]++] = i; else g.start[r * g.cols + c + 1]++;
            }
        }
        if (!pass) { for (int c = 0; c < cells; c++) g.start[c + 1] += g.start[c]; g.member = malloc((g.start[cells] + 1) * sizeof(int32_t)); }
        free(next);
    }
    return g;
}
/* Candidates for box q into out (ascending, unique); returns their number. */
static int grid_query(const Grid *g, const Box *q, int *out) {
    if (!meets(q, &g->bounds)) return 0;
    int c0 = cell_of(q->minx, g->bounds.minx, g->cell, g->cols), c1 = cell_of(q->maxx, g->bounds.minx, g->cell, g->cols);
    int r0 = cell_of(q->miny, g->bounds.miny, g->cell, g->rows), r1 = cell_of(q->maxy, g->bounds.miny, g->cell, g->rows);
    int n = 0;
    for (int r = r0; r <= r1; r++) for (int c = c0; c <= c1; c++)
        for (int32_t m = g->start[r * g->cols + c]; m < g->start[r * g->cols + c + 1]; m++)
            if (meets(&g->boxes[g->member[m]], q)) out[n++] = g->member[m];
    if ((c0 != c1 || r0 != r1) && n > 1) {
        qsort(out, n, sizeof(int), cmp_int);
        int k = 1;
        for (int i = 1; i < n; i++) if (out[i] != out[k - 1]) out[k++] = out[i];
        n = k;
    }
    return n;
}

static GEOSGeometry *make_polygon(GEOSContextHandle_t h, const Packed *p, size_t i) {
    uint32_t r0 = p->poly[i], r1 = p->poly[i + 1];
    GEOSGeometry *rings[64];
    if (r1 - r0 > 64) fail("too many rings");
    for (uint32_t r = r0; r < r1; r++) {
        uint32_t s = p->ring[r], e = p->ring[r + 1];
        rings[r - r0] = GEOSGeom_createLinearRing_r(h, GEOSCoordSeq_copyFromBuffer_r(h, p->xy + 2 * (size_t)s, e - s, 0, 0));
    }
    return GEOSGeom_createPolygon_r(h, rings[0], r1 - r0 > 1 ? rings + 1 : NULL, r1 - r0 - 1);
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: geos_peer DIR REPS DISTANCE [RESULTS]\n"); return 64; }
    const char *dir = argv[1]; int reps = atoi(argv[2]); double distance = atof(argv[3]);
    char path[4096];
    GEOSContextHandle_t h = GEOS_init_r();
    double t0 = now();
    size_t floors_size, points_size;
    Packed b = {0};
    b.ring = calloc(1 << 16, 4); b.capring = 1 << 16; /* ring[0] = poly[0] = 0 */
    b.poly = calloc(1 << 16, 4); b.cappoly = 1 << 16;
    snprintf(path, sizeof path, "%s/buildings.wkb", dir); for_each_record(path, pack_each, &b);
    Zones zs = { h, GEOSWKBReader_create_r(h), NULL, 0, 0 };
    snprintf(path, sizeof path, "%s/zones.wkb", dir); for_each_record(path, zone_each, &zs);
    GEOSWKBReader_destroy_r(h, zs.r);
    snprintf(path, sizeof path, "%s/floors.bin", dir); unsigned char *floors = slurp(path, &floors_size);
    snprintf(path, sizeof path, "%s/dwellings.bin", dir); double *xy = (double *)slurp(path, &points_size);
    size_t nb = b.npoly, nz = zs.n, np = points_size / 16;
    GEOSGeometry **z = zs.g;
    double load = now() - t0;

    Box *zbox = malloc(nz * sizeof(Box)), *grown = malloc(nz * sizeof(Box));
    for (size_t i = 0; i < nz; i++) {
        GEOSGeom_getXMin_r(h, z[i], &zbox[i].minx); GEOSGeom_getYMin_r(h, z[i], &zbox[i].miny);
        GEOSGeom_getXMax_r(h, z[i], &zbox[i].maxx); GEOSGeom_getYMax_r(h, z[i], &zbox[i].maxy);
        grown[i] = (Box){ zbox[i].minx - distance, zbox[i].miny - distance, zbox[i].maxx + distance, zbox[i].maxy + distance };
    }
    double *footprint = calloc(nz, sizeof(double)), *floor_area = calloc(nz, sizeof(double));
    long *counts = calloc(nz, sizeof(long));
    double *tc = malloc(reps * sizeof(double)), *td = malloc(reps * sizeof(double));
    int *cand = malloc(nz * 16 * sizeof(int));
    for (int r = 0; r < reps; r++) {
        double t = now();
        Grid grid = grid_make(zbox, (int)nz);
        const GEOSPreparedGeometry **pz = malloc(nz * sizeof *pz);
        for (size_t i = 0; i < nz; i++) { pz[i] = GEOSPrepare_r(h, z[i]); footprint[i] = floor_area[i] = 0; }
        for (size_t i = 0; i < nb; i++) {
            Box q = { INFINITY, INFINITY, -INFINITY, -INFINITY };
            for (uint32_t k = b.ring[b.poly[i]]; k < b.ring[b.poly[i + 1]]; k++) {
                q.minx = fmin(q.minx, b.xy[2 * k]); q.maxx = fmax(q.maxx, b.xy[2 * k]);
                q.miny = fmin(q.miny, b.xy[2 * k + 1]); q.maxy = fmax(q.maxy, b.xy[2 * k + 1]);
            }
            int n = grid_query(&grid, &q, cand);
            if (!n) continue;
            GEOSGeometry *g = make_polygon(h, &b, i);
            double own = -1;
            for (int k = 0; k < n; k++) {
                int zi = cand[k]; double covered;
                if (GEOSPreparedContainsProperly_r(h, pz[zi], g) == 1) { if (own < 0) GEOSArea_r(h, g, &own); covered = own; }
                else if (GEOSPreparedIntersects_r(h, pz[zi], g) == 1) {
                    GEOSGeometry *x = GEOSIntersection_r(h, z[zi], g); GEOSArea_r(h, x, &covered); GEOSGeom_destroy_r(h, x);
                } else continue;
                footprint[zi] += covered; floor_area[zi] += covered * floors[i];
            }
            GEOSGeom_destroy_r(h, g);
        }
        for (size_t i = 0; i < nz; i++) GEOSPreparedGeom_destroy_r(h, pz[i]);
        free(grid.start); free(grid.member);
        tc[r] = now() - t;

        t = now();
        grid = grid_make(grown, (int)nz);
        for (size_t i = 0; i < nz; i++) { pz[i] = GEOSPrepare_r(h, z[i]); counts[i] = 0; }
        for (size_t i = 0; i < np; i++) {
            Box q = { xy[2 * i], xy[2 * i + 1], xy[2 * i], xy[2 * i + 1] };
            int n = grid_query(&grid, &q, cand);
            if (!n) continue;
            GEOSGeometry *pt = GEOSGeom_createPointFromXY_r(h, xy[2 * i], xy[2 * i + 1]);
            for (int k = 0; k < n; k++) counts[cand[k]] += GEOSPreparedDistanceWithin_r(h, pz[cand[k]], pt, distance) == 1;
            GEOSGeom_destroy_r(h, pt);
        }
        for (size_t i = 0; i < nz; i++) GEOSPreparedGeom_destroy_r(h, pz[i]);
        free(grid.start); free(grid.member); free(pz);
        td[r] = now() - t;
    }
    /* medians */
    for (int i = 0; i < reps; i++) for (int j = i + 1; j < reps; j++) {
        if (tc[j] < tc[i]) { double x = tc[i]; tc[i] = tc[j]; tc[j] = x; }
        if (td[j] < td[i]) { double x = td[i]; td[i] = td[j]; td[j] = x; }
    }
    printf("{\"implementation\": \"C, GEOS %s\", \"threads\": 1, \"load_s\": %f, \"coverage_s\": %f, \"dwellings_s\": %f}\n",
           GEOSversion(), load, tc[reps / 2], td[reps / 2]);
    if (argc > 4) {
        FILE *f = fopen(argv[4], "w");
        fprintf(f, "{\"footprint\": [");
        for (size_t i = 0; i < nz; i++) fprintf(f, "%s%.17g", i ? "," : "", footprint[i]);
        fprintf(f, "],\n\"floor_area\": [");
        for (size_t i = 0; i < nz; i++) fprintf(f, "%s%.17g", i ? "," : "", floor_area[i]);
        fprintf(f, "],\n\"dwellings\": [");
        for (size_t i = 0; i < nz; i++) fprintf(f, "%s%ld", i ? "," : "", counts[i]);
        fprintf(f, "]}\n");
        fclose(f);
    }
    for (size_t i = 0; i < nz; i++) GEOSGeom_destroy_r(h, z[i]);
    free(z); free(b.xy); free(b.ring); free(b.poly); free(floors); free(xy); free(zbox); free(grown);
    free(footprint); free(floor_area); free(counts); free(tc); free(td); free(cand);
    GEOS_finish_r(h);
    return 0;
}
