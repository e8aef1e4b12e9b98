/* The raw-C floor: the same algorithm as Ruimte's SpatialJoins, straight on GEOS's C API
 * (reentrant), single-threaded, on the files ruimte-bench writes.
 * Build: cc -O2 -o geos_peer geos_peer.c $(pkg-config --cflags --libs geos)
 * Usage: geos_peer DIR REPS DISTANCE [RESULTS] */
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }

static unsigned char *slurp(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END); *size = (size_t)ftell(f); fseek(f, 0, SEEK_SET);
    unsigned char *data = malloc(*size ? *size : 1);
    if (fread(data, 1, *size, f) != *size) { perror(path); exit(1); }
    fclose(f);
    return data;
}

static GEOSGeometry **read_records(GEOSContextHandle_t h, const char *path, size_t *count) {
    size_t size, offset = 0, n = 0, cap = 1024;
    unsigned char *data = slurp(path, &size);
    GEOSGeometry **out = malloc(cap * sizeof *out);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(h);
    while (offset + 4 <= size) {
        uint32_t len; memcpy(&len, data + offset, 4); offset += 4;
        if (n == cap) { cap *= 2; out = realloc(out, cap * sizeof *out); }
        out[n++] = GEOSWKBReader_read_r(h, reader, data + offset, len);
        offset += len;
    }
    GEOSWKBReader_destroy_r(h, reader);
    free(data);
    *count = n;
    return out;
}

typedef struct { size_t *items; size_t n, cap; } Hits;
static void collect(void *item, void *userdata) {
    Hits *hits = userdata;
    if (hits->n == hits->cap) { hits->cap = hits->cap ? hits->cap * 2 : 256; hits->items = realloc(hits->items, hits->cap * sizeof(size_t)); }
    hits->items[hits->n++] = (size_t)(uintptr_t)item - 1;
}
static int by_index(const void *a, const void *b) { size_t x = *(const size_t *)a, y = *(const size_t *)b; return (x > y) - (x < y); }

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: geos_peer DIR REPS DISTANCE [RESULTS]\n"); return 64; }
    const char *dir = argv[1]; int reps = atoi(argv[2]); double distance = atof(argv[3]);
    char path[4096];
    GEOSContextHandle_t h = GEOS_init_r();
    double t0 = now();
    size_t nb, nz, floors_size, points_size;
    snprintf(path, sizeof path, "%s/buildings.wkb", dir); GEOSGeometry **b = read_records(h, path, &nb);
    snprintf(path, sizeof path, "%s/zones.wkb", dir); GEOSGeometry **z = read_records(h, path, &nz);
    snprintf(path, sizeof path, "%s/floors.bin", dir); unsigned char *floors = slurp(path, &floors_size);
    snprintf(path, sizeof path, "%s/dwellings.bin", dir); double *xy = (double *)slurp(path, &points_size);
    size_t np = points_size / 16;
    GEOSGeometry **p = malloc(np * sizeof *p);
    for (size_t i = 0; i < np; i++) p[i] = GEOSGeom_createPointFromXY_r(h, xy[2 * i], xy[2 * i + 1]);
    double load = now() - t0;

    double *footprint = calloc(nz, sizeof(double)), *floor_area = calloc(nz, sizeof(double));
    long *counts = calloc(nz, sizeof(long));
    double *tc = malloc(reps * sizeof(double)), *td = malloc(reps * sizeof(double));
    Hits hits = {0};
    for (int r = 0; r < reps; r++) {
        double t = now();
        GEOSSTRtree *tree = GEOSSTRtree_create_r(h, 10);
        for (size_t i = 0; i < nb; i++) GEOSSTRtree_insert_r(h, tree, b[i], (void *)(uintptr_t)(i + 1));
        for (size_t zi = 0; zi < nz; zi++) {
            const GEOSPreparedGeometry *pz = GEOSPrepare_r(h, z[zi]);
            hits.n = 0;
            GEOSSTRtree_query_r(h, tree, z[zi], collect, &hits);
            qsort(hits.items, hits.n, sizeof(size_t), by_index);
            double f = 0, fa = 0;
            for (size_t k = 0; k < hits.n; k++) {
                size_t i = hits.items[k]; double covered;
                if (GEOSPreparedContainsProperly_r(h, pz, b[i]) == 1) GEOSArea_r(h, b[i], &covered);
                else if (GEOSPreparedIntersects_r(h, pz, b[i]) == 1) {
                    GEOSGeometry *x = GEOSIntersection_r(h, z[zi], b[i]); GEOSArea_r(h, x, &covered); GEOSGeom_destroy_r(h, x);
                } else continue;
                f += covered; fa += covered * floors[i];
            }
            footprint[zi] = f; floor_area[zi] = fa;
            GEOSPreparedGeom_destroy_r(h, pz);
        }
        GEOSSTRtree_destroy_r(h, tree);
        tc[r] = now() - t;

        t = now();
        /* The tree on the smaller side: zone envelopes grown by the distance. */
        GEOSSTRtree *ztree = GEOSSTRtree_create_r(h, 10);
        GEOSGeometry **boxes = malloc(nz * sizeof *boxes);
        const GEOSPreparedGeometry **pz = malloc(nz * sizeof *pz);
        for (size_t zi = 0; zi < nz; zi++) {
            double minx, miny, maxx, maxy;
            GEOSGeom_getXMin_r(h, z[zi], &minx); GEOSGeom_getYMin_r(h, z[zi], &miny);
            GEOSGeom_getXMax_r(h, z[zi], &maxx); GEOSGeom_getYMax_r(h, z[zi], &maxy);
            boxes[zi] = GEOSGeom_createRectangle_r(h, minx - distance, miny - distance, maxx + distance, maxy + distance);
            pz[zi] = GEOSPrepare_r(h, z[zi]);
            GEOSSTRtree_insert_r(h, ztree, boxes[zi], (void *)(uintptr_t)(zi + 1));
            counts[zi] = 0;
        }
        for (size_t i = 0; i < np; i++) {
            hits.n = 0;
            GEOSSTRtree_query_r(h, ztree, p[i], collect, &hits);
            for (size_t k = 0; k < hits.n; k++) counts[hits.items[k]] += GEOSPreparedDistanceWithin_r(h, pz[hits.items[k]], p[i], distance) == 1;
        }
        for (size_t zi = 0; zi < nz; zi++) { GEOSPreparedGeom_destroy_r(h, pz[zi]); GEOSGeom_destroy_r(h, boxes[zi]); }
        GEOSSTRtree_destroy_r(h, ztree); free(boxes); free(pz);
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
    for (size_t i = 0; i < nb; i++) GEOSGeom_destroy_r(h, b[i]);
    for (size_t i = 0; i < nz; i++) GEOSGeom_destroy_r(h, z[i]);
    for (size_t i = 0; i < np; i++) GEOSGeom_destroy_r(h, p[i]);
    free(b); free(z); free(p); free(floors); free(xy); free(footprint); free(floor_area); free(counts); free(tc); free(td); free(hits.items);
    GEOS_finish_r(h);
    return 0;
}
