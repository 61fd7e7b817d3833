/* Compiled twins of hot loops of `ctip screen`; each has a pure-Python reference that gives
 * the same results (tests/core/test_core_compiled.py, tests/detect_rules/test_rules_engine_equivalence.py,
 * tests/text/test_text_automaton.py).
 *
 * Hashed character n-gram dot products: the compiled twin of CharNgramHasher.dot (hashing.py).
 *
 * dot(texts, weights, bits, low, high, offsets, out) -> bool
 *   texts:   list of str
 *   weights: buffer of float64 or float32, 1-D (n_features,) or 2-D (n_features, k), any strides
 *            (float32 weights are widened to float64 before they are added, so a float32 copy of
 *            weights that are float32 values gives exactly the float64 result, from half the memory)
 *   offsets: list of int, offsets[n] = (n * P**n) mod 2**64 as numpy computes it, for n in 0..high
 *   out:     writable C-contiguous float64 buffer of n_docs * k
 * Returns False (and writes nothing useful) when a text holds a lone surrogate, which the
 * numpy path cannot encode either: the caller then runs that path so errors stay the same.
 * Sums are made in the same order as numpy's bincount (per n-gram length, in text order,
 * then added up over lengths), so the results are bit-identical to the numpy path.
 *
 * Automaton: Aho-Corasick over a str's code points, the twin of ahocorasick_rs as ctip uses it
 * (ctip/text/automaton.py), without the UTF-8 copy of each text.
 *
 * Record constructors: the compiled twin of calling a frozen, slotted dataclass with every field
 * given positionally (see ctip/detect/construct.py).
 *
 * round_places(x, ndigits): the compiled twin of round(x, ndigits) (see ctip/detect/rounding.py).
 *
 * assemble_hits: the compiled twin of the hit-building loop of indicators.find_indicators.
 *
 * indicator_terms: the compiled twin of features.indicator_terms (see ctip/detect/features.py).
 *
 * ngram_columns, wording_spans: W1's phrase search, the compiled twin of wording.py's numpy path.
 *
 * phone_chain: the compiled twin of the regex search of phones.may_hold_phone.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* The automaton's step functions must be inlined into its per-width loops: called, they cost
 * ~25 % more instructions (callgrind). */
#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

#define PRIME 1000003ULL
#define MIX 0x9E3779B97F4A7C15ULL
#define MAX_N 16
#define MAX_K 64
#define MAX_PENDING 4096 /* n-gram columns hashed ahead of the sum, so their rows can be prefetched */
#define AHEAD 16         /* how many n-grams ahead a weight row is prefetched */

/* Does a 2- or 4-byte str hold a lone surrogate (which the numpy path cannot encode)? */
static int has_surrogate(int kind, const void *data, Py_ssize_t len) {
    int found = 0;
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *c = (const Py_UCS2 *)data;
        for (Py_ssize_t i = 0; i < len; i++) found |= (c[i] >= 0xD800) & (c[i] <= 0xDFFF);
    } else {
        const Py_UCS4 *c = (const Py_UCS4 *)data;
        for (Py_ssize_t i = 0; i < len; i++) found |= (c[i] >= 0xD800) & (c[i] <= 0xDFFF);
    }
    return found;
}

/* Where each n-gram's weight row lies: (n-gram hash + offsets[n]) * MIX >> shift, times the row stride. */
typedef struct {
    const char *wbase;
    Py_ssize_t s0;
    uint64_t offset;
    unsigned shift;
} RowHash;

/* The rows of the n-grams starting at begin..stop-1, for one character width. The polynomial is
 * the one PyUnicode_READ gave before, read from the str's own array (no switch on its width per
 * character), with n a constant for the usual 1..4 so the inner loop unrolls. */
#define DEFINE_HASH_ROWS(NAME, T)                                                                   \
    static ALWAYS_INLINE void NAME##_n(const RowHash *h, const T *chars, int n, Py_ssize_t begin,    \
                                       Py_ssize_t stop, const char **rows) {                        \
        for (Py_ssize_t i = begin; i < stop; i++) {                                                 \
            const T *c = chars + i;                                                                 \
            uint64_t poly = 0;                                                                      \
            for (int m = 0; m < n; m++) poly = poly * PRIME + (uint64_t)c[m];                       \
            rows[i - begin] = h->wbase + (Py_ssize_t)(((poly + h->offset) * MIX) >> h->shift) * h->s0; \
        }                                                                                           \
    }                                                                                               \
    static void NAME(const RowHash *h, const T *chars, int n, Py_ssize_t begin, Py_ssize_t stop,    \
                     const char **rows) {                                                           \
        switch (n) {                                                                                \
        case 1: NAME##_n(h, chars, 1, begin, stop, rows); break;                                    \
        case 2: NAME##_n(h, chars, 2, begin, stop, rows); break;                                    \
        case 3: NAME##_n(h, chars, 3, begin, stop, rows); break;                                    \
        case 4: NAME##_n(h, chars, 4, begin, stop, rows); break;                                    \
        default: NAME##_n(h, chars, n, begin, stop, rows);                                          \
        }                                                                                           \
    }
DEFINE_HASH_ROWS(hash_rows_ucs1, Py_UCS1)
DEFINE_HASH_ROWS(hash_rows_ucs2, Py_UCS2)
DEFINE_HASH_ROWS(hash_rows_ucs4, Py_UCS4)

/* part[j] += row[j] for each float32 row, in row order (each column's sum in the same order as
 * before: the result is bit-identical), with k a constant for the usual widths. */
static ALWAYS_INLINE void add_rows_f32_k(const char **rows, Py_ssize_t m_rows, Py_ssize_t k, double *part) {
    for (Py_ssize_t i = 0; i < m_rows; i++) {
        if (i + AHEAD < m_rows) __builtin_prefetch(rows[i + AHEAD]);
        const float *wrow = (const float *)rows[i];
        for (Py_ssize_t j = 0; j < k; j++) part[j] += (double)wrow[j];
    }
}

static void add_rows_f32(const char **rows, Py_ssize_t m_rows, Py_ssize_t k, double *part) {
    switch (k) {
    case 1: add_rows_f32_k(rows, m_rows, 1, part); break;
    case 2: add_rows_f32_k(rows, m_rows, 2, part); break;
    case 4: add_rows_f32_k(rows, m_rows, 4, part); break;
    case 7: add_rows_f32_k(rows, m_rows, 7, part); break;
    case 8: add_rows_f32_k(rows, m_rows, 8, part); break;
    default: add_rows_f32_k(rows, m_rows, k, part);
    }
}

static PyObject *ngram_dot(PyObject *self, PyObject *args) {
    PyObject *texts, *weights_obj, *offsets_obj, *out_obj;
    int bits, low, high;
    if (!PyArg_ParseTuple(args, "O!OiiiO!O", &PyList_Type, &texts, &weights_obj, &bits, &low, &high,
                          &PyList_Type, &offsets_obj, &out_obj))
        return NULL;
    if (low < 1 || high < low || high >= MAX_N || bits < 1 || bits > 31 || PyList_GET_SIZE(offsets_obj) <= high) {
        PyErr_SetString(PyExc_ValueError, "bad n-gram settings");
        return NULL;
    }
    uint64_t offsets[MAX_N];
    for (int n = 0; n <= high; n++) {
        offsets[n] = PyLong_AsUnsignedLongLong(PyList_GET_ITEM(offsets_obj, n));
        if (PyErr_Occurred()) return NULL;
    }
    Py_buffer w, out;
    if (PyObject_GetBuffer(weights_obj, &w, PyBUF_STRIDES | PyBUF_FORMAT) < 0) return NULL;
    if (PyObject_GetBuffer(out_obj, &out, PyBUF_C_CONTIGUOUS | PyBUF_WRITABLE | PyBUF_FORMAT) < 0) {
        PyBuffer_Release(&w);
        return NULL;
    }
    PyObject *result = NULL;
    Py_ssize_t n_docs = PyList_GET_SIZE(texts);
    Py_ssize_t n_features = (Py_ssize_t)1 << bits;
    Py_ssize_t k = w.ndim == 2 ? w.shape[1] : 1;
    int single = strcmp(w.format, "f") == 0;
    if ((!single && strcmp(w.format, "d") != 0) || strcmp(out.format, "d") != 0 || (w.ndim != 1 && w.ndim != 2)
        || w.shape[0] < n_features || k < 1 || k > MAX_K || out.len != (Py_ssize_t)(n_docs * k * sizeof(double))) {
        PyErr_SetString(PyExc_ValueError, "weights must be float64 or float32 (n_features,) or (n_features, k); out n_docs*k");
        goto done;
    }
    const char *wbase = (const char *)w.buf;
    Py_ssize_t s0 = w.strides[0], s1 = w.ndim == 2 ? w.strides[1] : 0;
    double *o = (double *)out.buf;
    unsigned shift = 64 - (unsigned)bits;
    double part[MAX_K];
    const char *rows[MAX_PENDING];
    for (Py_ssize_t d = 0; d < n_docs; d++) {
        PyObject *t = PyList_GET_ITEM(texts, d);
        if (!PyUnicode_Check(t)) {
            PyErr_SetString(PyExc_TypeError, "texts must be str");
            goto done;
        }
        Py_ssize_t len = PyUnicode_GET_LENGTH(t);
        int kind = PyUnicode_KIND(t);
        const void *data = PyUnicode_DATA(t);
        if (kind != PyUnicode_1BYTE_KIND && has_surrogate(kind, data, len)) {
            result = Py_False;
            Py_INCREF(result);
            goto done;
        }
        double *row = o + d * k;
        for (Py_ssize_t j = 0; j < k; j++) row[j] = 0.0;
        double size = 0.0;
        for (int n = low; n <= high; n++) {
            for (Py_ssize_t j = 0; j < k; j++) part[j] = 0.0;
            Py_ssize_t count = len - n + 1;
            /* In chunks: hash the chunk's n-grams first, then add their weight rows, fetching each
             * row AHEAD n-grams early. The rows are read at random from a table larger than the
             * CPU caches, so waiting for memory, not arithmetic, bounds this loop. The sum runs
             * in text order as before. */
            for (Py_ssize_t begin = 0; begin < count; begin += MAX_PENDING) {
                Py_ssize_t stop = count - begin < MAX_PENDING ? count : begin + MAX_PENDING;
                RowHash hash = {wbase, s0, offsets[n], shift};
                if (kind == PyUnicode_1BYTE_KIND)
                    hash_rows_ucs1(&hash, (const Py_UCS1 *)data, n, begin, stop, rows);
                else if (kind == PyUnicode_2BYTE_KIND)
                    hash_rows_ucs2(&hash, (const Py_UCS2 *)data, n, begin, stop, rows);
                else
                    hash_rows_ucs4(&hash, (const Py_UCS4 *)data, n, begin, stop, rows);
                Py_ssize_t m_rows = stop - begin;
                for (Py_ssize_t i = 0; i < m_rows && i < AHEAD; i++) __builtin_prefetch(rows[i]);
                if (single && s1 == (Py_ssize_t)sizeof(float))
                    add_rows_f32(rows, m_rows, k, part);
                else
                    for (Py_ssize_t i = 0; i < m_rows; i++) {
                        if (i + AHEAD < m_rows) __builtin_prefetch(rows[i + AHEAD]);
                        const char *wrow = rows[i];
                        if (single)
                            for (Py_ssize_t j = 0; j < k; j++) part[j] += (double)*(const float *)(wrow + j * s1);
                        else
                            for (Py_ssize_t j = 0; j < k; j++) part[j] += *(const double *)(wrow + j * s1);
                    }
            }
            for (Py_ssize_t j = 0; j < k; j++) row[j] += part[j];
            if (count > 0) size += (double)count;
        }
        if (size == 0.0) size = 1.0;
        double root = sqrt(size);
        for (Py_ssize_t j = 0; j < k; j++) row[j] = row[j] / root;
    }
    result = Py_True;
    Py_INCREF(result);
done:
    PyBuffer_Release(&w);
    PyBuffer_Release(&out);
    return result;
}

/* Automaton(keys, leftmost_longest=False): an Aho-Corasick automaton over code points, the
 * compiled twin of ahocorasick_rs.AhoCorasick(keys, matchkind=Standard or LeftmostLongest) as
 * ctip uses it (ctip/text/automaton.py). It reads the str's code points where it lies, with no
 * UTF-8 copy, and gives char offsets, as ahocorasick_rs does.
 *
 * .find_matches_as_indexes(text, overlapping=False) -> [(key index, start, end), ...]
 *   Standard, overlapping: every occurrence of every key, by end offset; at one end offset the
 *     longest key first (a state's own keys, then those of its suffix states: the order
 *     ahocorasick_rs gives, as its automaton appends a suffix state's matches to a state's own).
 *   LeftmostLongest (non-overlapping): the key occurrence that starts first, the longest there,
 *     then the same again after its end.
 * Keys are matched as code point sequences; a match of valid UTF-8 keys in a UTF-8 text always
 * starts and ends on character boundaries, so the matches are the same. A text with a lone
 * surrogate raises the UnicodeEncodeError ahocorasick_rs raises (it cannot be UTF-8). */
/* Transitions from the start state (taken at most characters) are looked up directly for the Basic
 * Multilingual Plane: a table per block of 256 code points that has any (Thai, CJK, ...). */
#define ROOT_PAGES 256

typedef struct {
    int32_t first_edge, n_edges; /* its edges: edges[first_edge : first_edge + n_edges] */
    int32_t fail;                /* the longest proper suffix that is a state */
    int32_t out_link;            /* the nearest suffix state with keys of its own, or -1 */
    int32_t own_first, own_n;    /* its own keys: order[own_first : own_first + own_n] */
} AcState;

typedef struct { Py_UCS4 cp; int32_t to; } AcEdge;

typedef struct Automaton {
    PyObject_HEAD
    int leftmost_longest;
    Py_ssize_t n_keys, n_states;
    AcState *states;       /* one record per state: what a step reads lies in one cache line */
    AcEdge *edges;         /* the edges of a state are contiguous, by code point */
    int32_t *order;        /* key indexes sorted by (key, index) */
    int32_t *key_len;      /* per key, in code points */
    int32_t *root[ROOT_PAGES]; /* root[c >> 8][c & 255]: the state after c from the start, or -1 */
} Automaton;

static ALWAYS_INLINE int32_t ac_goto(const Automaton *a, int32_t s, Py_UCS4 c) {
    if (s == 0 && c < 0x10000) {
        const int32_t *page = a->root[c >> 8];
        return page == NULL ? -1 : page[c & 255];
    }
    const AcEdge *e = a->edges;
    int32_t lo = a->states[s].first_edge, hi = lo + a->states[s].n_edges;
    while (lo < hi) {
        int32_t mid = (lo + hi) >> 1;
        Py_UCS4 m = e[mid].cp;
        if (m == c) return e[mid].to;
        if (m < c) lo = mid + 1; else hi = mid;
    }
    return -1;
}

typedef struct { PyObject *key; Py_ssize_t index; } SortKey;

static int key_cmp(const void *pa, const void *pb) {
    const SortKey *a = pa, *b = pb;
    int c = PyUnicode_Compare(a->key, b->key); /* code point order; cannot fail for str */
    if (c) return c;
    return a->index < b->index ? -1 : a->index > b->index;
}

static void automaton_free_arrays(Automaton *a) {
    PyMem_Free(a->states); PyMem_Free(a->edges); PyMem_Free(a->order); PyMem_Free(a->key_len);
    for (int p = 0; p < ROOT_PAGES; p++) PyMem_Free(a->root[p]);
}

static int automaton_build(Automaton *a, PyObject *keys) {
    Py_ssize_t n = PyList_GET_SIZE(keys), total = 1;
    SortKey *sorted = PyMem_Malloc(sizeof(SortKey) * (n ? n : 1));
    if (sorted == NULL) { PyErr_NoMemory(); return -1; }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *k = PyList_GET_ITEM(keys, i);
        if (!PyUnicode_Check(k) || PyUnicode_GET_LENGTH(k) == 0) {
            PyMem_Free(sorted);
            PyErr_SetString(PyExc_ValueError, "keys must be non-empty str");
            return -1;
        }
        sorted[i].key = k;
        sorted[i].index = i;
        total += PyUnicode_GET_LENGTH(k);
    }
    qsort(sorted, n, sizeof(SortKey), key_cmp);
    if (total > INT32_MAX / 2) { PyMem_Free(sorted); PyErr_SetString(PyExc_ValueError, "too many keys"); return -1; }
    /* trie nodes (at most total): parent, code point, depth; children are made in code point order */
    int32_t *parent = PyMem_Malloc(sizeof(int32_t) * total), *depth = PyMem_Malloc(sizeof(int32_t) * total);
    Py_UCS4 *cp = PyMem_Malloc(sizeof(Py_UCS4) * total);
    int32_t *path = PyMem_Malloc(sizeof(int32_t) * total);
    a->states = PyMem_Calloc(total, sizeof(AcState));
    a->order = PyMem_Malloc(sizeof(int32_t) * (n ? n : 1));
    a->key_len = PyMem_Malloc(sizeof(int32_t) * (n ? n : 1));
    a->edges = PyMem_Malloc(sizeof(AcEdge) * total);
    int32_t *bfs = PyMem_Malloc(sizeof(int32_t) * total), *fill = PyMem_Calloc(total, sizeof(int32_t));
    int ok = parent && depth && cp && path && a->states && a->order && a->key_len && a->edges && bfs && fill;
    if (!ok) { PyErr_NoMemory(); goto done; }
    int32_t states = 1;
    parent[0] = -1; depth[0] = 0; cp[0] = 0; path[0] = 0;
    PyObject *prev = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *k = sorted[i].key;
        Py_ssize_t len = PyUnicode_GET_LENGTH(k), lcp = 0;
        int kind = PyUnicode_KIND(k);
        const void *data = PyUnicode_DATA(k);
        if (prev != NULL) {
            Py_ssize_t plen = PyUnicode_GET_LENGTH(prev);
            int pkind = PyUnicode_KIND(prev);
            const void *pdata = PyUnicode_DATA(prev);
            while (lcp < len && lcp < plen && PyUnicode_READ(kind, data, lcp) == PyUnicode_READ(pkind, pdata, lcp)) lcp++;
        }
        for (Py_ssize_t d = lcp; d < len; d++) { /* new nodes below the shared prefix */
            int32_t node = states++;
            parent[node] = path[d];
            cp[node] = PyUnicode_READ(kind, data, d);
            depth[node] = (int32_t)(d + 1);
            a->states[path[d]].n_edges++;
            path[d + 1] = node;
        }
        int32_t end = path[len];
        if (a->states[end].own_n == 0) a->states[end].own_first = (int32_t)i;
        a->states[end].own_n++;
        a->order[i] = (int32_t)sorted[i].index;
        a->key_len[sorted[i].index] = (int32_t)len;
        prev = k;
    }
    a->n_states = states;
    a->n_keys = n;
    /* edges: each state's children contiguous, in creation (= code point) order */
    int32_t e = 0;
    for (int32_t s = 0; s < states; s++) { a->states[s].first_edge = e; e += a->states[s].n_edges; }
    for (int32_t v = 1; v < states; v++) {
        int32_t p = parent[v], at = a->states[p].first_edge + fill[p]++;
        a->edges[at].cp = cp[v];
        a->edges[at].to = v;
    }
    for (int32_t at = a->states[0].first_edge; at < a->states[0].first_edge + a->states[0].n_edges; at++) {
        Py_UCS4 c = a->edges[at].cp;
        if (c >= 0x10000) continue;
        if (a->root[c >> 8] == NULL) {
            if ((a->root[c >> 8] = PyMem_Malloc(sizeof(int32_t) * 256)) == NULL) { ok = 0; PyErr_NoMemory(); goto done; }
            for (int j = 0; j < 256; j++) a->root[c >> 8][j] = -1;
        }
        a->root[c >> 8][c & 255] = a->edges[at].to;
    }
    /* failure and output links, breadth first */
    int32_t head = 0, tail = 0;
    bfs[tail++] = 0;
    a->states[0].fail = 0;
    a->states[0].out_link = -1;
    while (head < tail) {
        int32_t u = bfs[head++];
        for (int32_t at = a->states[u].first_edge; at < a->states[u].first_edge + a->states[u].n_edges; at++) {
            int32_t v = a->edges[at].to;
            Py_UCS4 c = a->edges[at].cp;
            int32_t f = 0;
            if (u != 0) {
                f = a->states[u].fail;
                int32_t g;
                while ((g = ac_goto(a, f, c)) < 0 && f != 0) f = a->states[f].fail;
                f = g < 0 ? 0 : g;
            }
            a->states[v].fail = f;
            a->states[v].out_link = a->states[f].own_n ? f : a->states[f].out_link;
            bfs[tail++] = v;
        }
    }
done:
    PyMem_Free(sorted); PyMem_Free(parent); PyMem_Free(depth); PyMem_Free(cp); PyMem_Free(path);
    PyMem_Free(bfs); PyMem_Free(fill);
    return ok ? 0 : -1;
}

static PyObject *automaton_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"keys", "leftmost_longest", NULL};
    PyObject *keys;
    int leftmost_longest = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O!|p", kwlist, &PyList_Type, &keys, &leftmost_longest))
        return NULL;
    Automaton *self = (Automaton *)type->tp_alloc(type, 0); /* zeroed: the arrays start NULL */
    if (self == NULL) return NULL;
    self->leftmost_longest = leftmost_longest;
    if (automaton_build(self, keys) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static void automaton_dealloc(PyObject *self) {
    automaton_free_arrays((Automaton *)self);
    Py_TYPE(self)->tp_free(self);
}

/* Calls emit(ctx, key, start, end) for every overlapping match, in ahocorasick_rs's order.
 * Returns -1 when emit fails or the text holds a lone surrogate (error set). */
typedef int (*emit_fn)(void *ctx, int32_t key, Py_ssize_t start, Py_ssize_t end);

/* One character: follow the transition (or failure links), then report the keys ending here. */
static ALWAYS_INLINE int ac_step(const struct Automaton *a, int32_t *state, Py_UCS4 c, Py_ssize_t i, emit_fn emit, void *ctx) {
    int32_t s = *state, g;
    while ((g = ac_goto(a, s, c)) < 0 && s != 0) s = a->states[s].fail;
    *state = s = g < 0 ? 0 : g;
    const AcState *st = &a->states[s];
    if (st->own_n == 0 && st->out_link < 0) return 0; /* most steps: nothing ends here */
    for (int32_t o = st->own_n ? s : st->out_link; o >= 0; o = a->states[o].out_link) {
        for (int32_t k = a->states[o].own_first; k < a->states[o].own_first + a->states[o].own_n; k++) {
            int32_t key = a->order[k];
            if (emit(ctx, key, i + 1 - a->key_len[key], i + 1) < 0) return -1;
        }
    }
    return 0;
}

static int lone_surrogate(PyObject *text) {
    PyObject *utf8 = PyUnicode_AsUTF8String(text); /* raises the error ahocorasick_rs raises */
    Py_XDECREF(utf8);
    if (utf8 != NULL) PyErr_SetString(PyExc_UnicodeError, "lone surrogate");
    return -1;
}

/* The loop is written once per str storage width, so each reads its characters directly. */
#define AC_SCAN(T, CHECK_SURROGATE)                                                         \
    for (Py_ssize_t i = 0; i < n; i++) {                                                   \
        Py_UCS4 c = ((const T *)data)[i];                                                  \
        if (CHECK_SURROGATE && c >= 0xD800 && c <= 0xDFFF) return lone_surrogate(text);    \
        if (ac_step(a, &s, c, i, emit, ctx) < 0) return -1;                                \
    }

static int automaton_run(const struct Automaton *a, PyObject *text, emit_fn emit, void *ctx) {
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return -1;
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    int32_t s = 0;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND: AC_SCAN(Py_UCS1, 0) break;
    case PyUnicode_2BYTE_KIND: AC_SCAN(Py_UCS2, 1) break;
    default: AC_SCAN(Py_UCS4, 1) break;
    }
    return 0;
}

static int emit_tuple(void *ctx, int32_t key, Py_ssize_t start, Py_ssize_t end) {
    PyObject *item = PyTuple_New(3);
    if (item == NULL) return -1;
    PyObject *values[3] = {PyLong_FromLong(key), PyLong_FromSsize_t(start), PyLong_FromSsize_t(end)};
    for (int i = 0; i < 3; i++) {
        if (values[i] == NULL) {
            for (int j = 0; j < 3; j++) Py_XDECREF(values[j]);
            Py_DECREF(item);
            return -1;
        }
        PyTuple_SET_ITEM(item, i, values[i]);
    }
    int failed = PyList_Append((PyObject *)ctx, item);
    Py_DECREF(item);
    return failed ? -1 : 0;
}

typedef struct { Py_ssize_t n; int32_t *best_end, *best_key; } Leftmost;

static int emit_longest(void *ctx, int32_t key, Py_ssize_t start, Py_ssize_t end) {
    Leftmost *l = ctx; /* the longest key starting at each offset (the first given among equals) */
    if (end > l->best_end[start]) {
        l->best_end[start] = (int32_t)end;
        l->best_key[start] = key;
    }
    return 0;
}

/* The leftmost-longest matches of a leftmost-longest automaton, in text order, each given to `emit`:
 * at each offset the longest key starting there, then on from its end. */
static int automaton_leftmost(const struct Automaton *a, PyObject *text, emit_fn emit, void *ctx) {
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return -1;
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int result = -1;
    Leftmost l = {n, PyMem_Malloc(sizeof(int32_t) * (n + 1)), PyMem_Malloc(sizeof(int32_t) * (n + 1))};
    if (l.best_end == NULL || l.best_key == NULL) { PyErr_NoMemory(); goto done; }
    for (Py_ssize_t i = 0; i <= n; i++) l.best_end[i] = -1;
    if (automaton_run(a, text, emit_longest, &l) < 0) goto done;
    for (Py_ssize_t i = 0; i < n;) {
        if (l.best_end[i] < 0) { i++; continue; }
        if (emit(ctx, l.best_key[i], i, l.best_end[i]) < 0) goto done;
        i = l.best_end[i];
    }
    result = 0;
done:
    PyMem_Free(l.best_end); PyMem_Free(l.best_key);
    return result;
}

static PyObject *automaton_find(PyObject *self_obj, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"text", "overlapping", NULL};
    Automaton *a = (Automaton *)self_obj;
    PyObject *text;
    int overlapping = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "U|p", kwlist, &text, &overlapping)) return NULL;
    if (!a->leftmost_longest && !overlapping) {
        PyErr_SetString(PyExc_ValueError, "a standard automaton is only searched with overlapping=True here");
        return NULL;
    }
    if (a->leftmost_longest && overlapping) {
        PyErr_SetString(PyExc_ValueError, "a leftmost-longest automaton cannot report overlapping matches");
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    if (!a->leftmost_longest) {
        if (automaton_run(a, text, emit_tuple, out) < 0) { Py_DECREF(out); return NULL; }
        return out;
    }
    if (automaton_leftmost(a, text, emit_tuple, out) < 0) { Py_DECREF(out); return NULL; }
    return out;
    return NULL;
}

static PyMethodDef automaton_methods[] = {
    {"find_matches_as_indexes", (PyCFunction)(void (*)(void))automaton_find, METH_VARARGS | METH_KEYWORDS,
     "[(key index, start, end)] as ahocorasick_rs gives them (char offsets)."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject AutomatonType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "ctip.detect._fast.Automaton",
    .tp_basicsize = sizeof(Automaton),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = automaton_new,
    .tp_dealloc = automaton_dealloc,
    .tp_methods = automaton_methods,
    .tp_doc = "Automaton(keys, leftmost_longest=False): Aho-Corasick over code points (see ctip/text/automaton.py).",
};

/* The compiled twin of the loop of cues.scan (cues.py): automaton matches -> matches by kind.
 *
 * cue_scan(text, matches, bounds, tags, letters) -> dict
 *   matches: list of (key index, start, end) from the automaton, in its order
 *   bounds:  bytes, 2 per key: the word-boundary rule of its first and last character
 *            (0 none, 1 Latin letter: the neighbour must not be in `letters`, 2 digit: the
 *            neighbour must not be a digit as str.isdigit() says)
 *   tags:    tuple per key of (kind, tag, near) tuples
 *   letters: bytes, 1 for each code point below len(letters) that is a Latin letter
 * Returns {kind: [(start, end, tag, near), ...]}, kinds in order of first match, as scan() does.
 */
static int glued(Py_UCS4 ch, int rule, const unsigned char *letters, Py_ssize_t n_letters) {
    if (rule == 1) return (Py_ssize_t)ch < n_letters && letters[ch];
    return Py_UNICODE_ISDIGIT(ch);
}

typedef struct {
    PyObject *text, *tags, *out;
    int kind;
    const void *data;
    Py_ssize_t n, n_keys, n_letters;
    const unsigned char *bound, *letters;
} CueScan;

/* One automaton match: kept unless glued to a Latin letter or digit, then added under each tag. */
static int cue_match(void *ctx, int32_t index, Py_ssize_t start, Py_ssize_t end) {
    CueScan *c = ctx;
    if (index < 0 || index >= c->n_keys || start < 0 || end > c->n || start > end) {
        PyErr_SetString(PyExc_IndexError, "match out of range");
        return -1;
    }
    int bound_start = c->bound[2 * index], bound_end = c->bound[2 * index + 1];
    if (bound_start && start && glued(PyUnicode_READ(c->kind, c->data, start - 1), bound_start, c->letters, c->n_letters))
        return 0;
    if (bound_end && end < c->n && glued(PyUnicode_READ(c->kind, c->data, end), bound_end, c->letters, c->n_letters))
        return 0;
    PyObject *key_tags = PyTuple_GET_ITEM(c->tags, index);
    PyObject *start_obj = NULL, *end_obj = NULL;
    int result = -1;
    if (!PyTuple_Check(key_tags)) {
        PyErr_SetString(PyExc_TypeError, "tags must be a tuple per key");
        return -1;
    }
    if ((start_obj = PyLong_FromSsize_t(start)) == NULL || (end_obj = PyLong_FromSsize_t(end)) == NULL) goto done;
    for (Py_ssize_t t = 0; t < PyTuple_GET_SIZE(key_tags); t++) {
        PyObject *tag = PyTuple_GET_ITEM(key_tags, t); /* (kind, tag, near) */
        PyObject *found = PyDict_GetItemWithError(c->out, PyTuple_GET_ITEM(tag, 0));
        if (found == NULL) {
            if (PyErr_Occurred()) goto done;
            found = PyList_New(0);
            if (found == NULL || PyDict_SetItem(c->out, PyTuple_GET_ITEM(tag, 0), found) < 0) {
                Py_XDECREF(found);
                goto done;
            }
            Py_DECREF(found); /* the dict holds it */
        }
        PyObject *item = PyTuple_Pack(4, start_obj, end_obj, PyTuple_GET_ITEM(tag, 1), PyTuple_GET_ITEM(tag, 2));
        if (item == NULL) goto done;
        int failed = PyList_Append(found, item);
        Py_DECREF(item);
        if (failed) goto done;
    }
    result = 0;
done:
    Py_XDECREF(start_obj);
    Py_XDECREF(end_obj);
    return result;
}

/* cue_scan(text, matches, bounds, tags, letters); `matches` is a list of (key index, start, end)
 * or the cue Automaton itself (it is then run here, its matches never made into tuples). */
static PyObject *cue_scan(PyObject *self, PyObject *args) {
    PyObject *text, *matches, *bounds, *tags, *letters_obj;
    if (!PyArg_ParseTuple(args, "UOSO!S", &text, &matches, &bounds, &PyTuple_Type, &tags, &letters_obj))
        return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return NULL; /* a legacy string made from wchar_t */
#endif
    CueScan c = {text, tags, NULL, PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text),
                 PyTuple_GET_SIZE(tags), PyBytes_GET_SIZE(letters_obj),
                 (const unsigned char *)PyBytes_AS_STRING(bounds), (const unsigned char *)PyBytes_AS_STRING(letters_obj)};
    if (PyBytes_GET_SIZE(bounds) != 2 * c.n_keys) {
        PyErr_SetString(PyExc_ValueError, "bounds must hold 2 bytes per key");
        return NULL;
    }
    int is_automaton = Py_IS_TYPE(matches, &AutomatonType);
    if (!is_automaton && !PyList_Check(matches)) {
        PyErr_SetString(PyExc_TypeError, "matches must be a list or an Automaton");
        return NULL;
    }
    c.out = PyDict_New();
    if (c.out == NULL) return NULL;
    if (is_automaton) { /* all matches of a standard automaton, the leftmost-longest of the other kind */
        const struct Automaton *a = (struct Automaton *)matches;
        if ((a->leftmost_longest ? automaton_leftmost(a, text, cue_match, &c) : automaton_run(a, text, cue_match, &c)) < 0)
            goto fail;
        return c.out;
    }
    Py_ssize_t n_matches = PyList_GET_SIZE(matches);
    for (Py_ssize_t m = 0; m < n_matches; m++) {
        PyObject *match = PyList_GET_ITEM(matches, m);
        if (!PyTuple_Check(match) || PyTuple_GET_SIZE(match) != 3) {
            PyErr_SetString(PyExc_TypeError, "matches must be (index, start, end) tuples");
            goto fail;
        }
        Py_ssize_t index = PyLong_AsSsize_t(PyTuple_GET_ITEM(match, 0));
        Py_ssize_t start = PyLong_AsSsize_t(PyTuple_GET_ITEM(match, 1)), end = PyLong_AsSsize_t(PyTuple_GET_ITEM(match, 2));
        if (PyErr_Occurred()) goto fail;
        if (index < 0 || index > INT32_MAX) {
            PyErr_SetString(PyExc_IndexError, "match out of range");
            goto fail;
        }
        if (cue_match(&c, (int32_t)index, start, end) < 0) goto fail;
    }
    return c.out;
fail:
    Py_DECREF(c.out);
    return NULL;
}

/* Maker(cls, descriptors): a callable that builds `cls(*values)` for a frozen, slotted
 * dataclass by storing each value in its slot, as the dataclass __init__ does with one
 * object.__setattr__ per field (which costs ~1.5-2 us per record). `descriptors` are the
 * class's slot descriptors in field order; construct.py checks that the class may be built so
 * (no __post_init__, no custom __init__, every field an init field). */
#define MAX_FIELDS 32
typedef struct {
    PyObject_HEAD
    PyTypeObject *cls;
    Py_ssize_t n;
    Py_ssize_t offsets[MAX_FIELDS];
    vectorcallfunc vectorcall;
} Maker;

static PyObject *maker_call(PyObject *self_obj, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    Maker *self = (Maker *)self_obj;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0) {
        PyErr_SetString(PyExc_TypeError, "a record maker takes its fields positionally");
        return NULL;
    }
    if (nargs != self->n) {
        PyErr_Format(PyExc_TypeError, "%s maker takes %zd fields (%zd given)", self->cls->tp_name, self->n, nargs);
        return NULL;
    }
    PyObject *obj = self->cls->tp_alloc(self->cls, 0);
    if (obj == NULL) return NULL;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject **slot = (PyObject **)((char *)obj + self->offsets[i]);
        Py_INCREF(args[i]);
        *slot = args[i];
    }
    return obj;
}

static PyObject *maker_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    PyTypeObject *cls;
    PyObject *descriptors;
    if (!PyArg_ParseTuple(args, "O!O!", &PyType_Type, &cls, &PyTuple_Type, &descriptors)) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(descriptors);
    if (n > MAX_FIELDS || cls->tp_alloc == NULL) {
        PyErr_SetString(PyExc_ValueError, "too many fields");
        return NULL;
    }
    Maker *self = (Maker *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *d = PyTuple_GET_ITEM(descriptors, i);
        if (!Py_IS_TYPE(d, &PyMemberDescr_Type) || ((PyDescrObject *)d)->d_type != cls
            || ((PyMemberDescrObject *)d)->d_member->type != T_OBJECT_EX
            || (((PyMemberDescrObject *)d)->d_member->flags & READONLY)) {
            Py_DECREF(self);
            PyErr_SetString(PyExc_ValueError, "every field must be a writable object slot of the class");
            return NULL;
        }
        self->offsets[i] = ((PyMemberDescrObject *)d)->d_member->offset;
    }
    Py_INCREF(cls);
    self->cls = cls;
    self->n = n;
    self->vectorcall = maker_call;
    return (PyObject *)self;
}

static void maker_dealloc(PyObject *self) {
    Py_XDECREF(((Maker *)self)->cls);
    Py_TYPE(self)->tp_free(self);
}

static PyTypeObject MakerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "ctip.detect._fast.Maker",
    .tp_basicsize = sizeof(Maker),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_new = maker_new,
    .tp_dealloc = maker_dealloc,
    .tp_call = PyVectorcall_Call,
    .tp_vectorcall_offset = offsetof(Maker, vectorcall),
    .tp_doc = "Maker(cls, slot_descriptors)(*fields): cls(*fields) for a frozen slotted dataclass.",
};


/* round_places(x, ndigits) == round(x, ndigits), without the decimal string CPython makes.
 *
 * CPython rounds a float to `ndigits` decimals exactly (ties to even) by printing it with dtoa
 * and reading the digits back with strtod: ~1,800 instructions a call. Here, for a finite float
 * and 0 <= ndigits <= 22: |x| = m * 2**e exactly (m < 2**53), so |x| * 10**n = m * 5**n * 2**(e+n)
 * is an exact 128-bit integer shifted right; its nearest integer k (ties to even) is the rounded
 * value in units of 10**-n, and k / 10**n, both exact doubles when k <= 2**53, is correctly
 * rounded by IEEE division, as strtod rounds the decimal k * 10**-n. Anything else (another
 * type, ndigits out of range, k too large, no 128-bit integers) goes to the built-in round. */
static PyObject *builtin_round = NULL;

#ifdef __SIZEOF_INT128__
static const uint64_t POW5[23] = {
    1ULL, 5ULL, 25ULL, 125ULL, 625ULL, 3125ULL, 15625ULL, 78125ULL, 390625ULL, 1953125ULL, 9765625ULL,
    48828125ULL, 244140625ULL, 1220703125ULL, 6103515625ULL, 30517578125ULL, 152587890625ULL,
    762939453125ULL, 3814697265625ULL, 19073486328125ULL, 95367431640625ULL, 476837158203125ULL,
    2384185791015625ULL};
static const double POW10[23] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
#define TWO_53 9007199254740992ULL

/* 1 and *out = round(v, n) when the exact integer path applies, else 0. */
static int exact_round(double v, int n, double *out) {
    if (!isfinite(v)) return 0;
    if (v == 0.0) {
        *out = v;
        return 1;
    }
    int e;
    double f = frexp(fabs(v), &e);              /* |v| = f * 2**e, 0.5 <= f < 1 */
    uint64_t m = (uint64_t)ldexp(f, 53);         /* exact: f has at most 53 significant bits */
    int shift = -(e - 53 + n);                   /* |v| * 10**n = m * 5**n / 2**shift */
    if (shift <= 0) {                            /* |v| * 10**n is an integer: v has <= n decimals */
        *out = v;
        return 1;
    }
    unsigned __int128 p = (unsigned __int128)m * POW5[n];  /* < 2**105 */
    uint64_t k = 0;
    if (shift < 120) {                           /* else p / 2**shift < 2**-15: rounds to 0 */
        unsigned __int128 q = p >> shift;
        if (q > TWO_53) return 0;
        unsigned __int128 rem = p - (q << shift), half = (unsigned __int128)1 << (shift - 1);
        k = (uint64_t)q;
        if (rem > half || (rem == half && (k & 1))) k++;
    }
    if (k > TWO_53) return 0;
    *out = copysign((double)k / POW10[n], v);
    return 1;
}
#endif

static PyObject *round_places(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "round_places(x, ndigits) takes 2 arguments");
        return NULL;
    }
#ifdef __SIZEOF_INT128__
    if (PyFloat_CheckExact(args[0]) && PyLong_CheckExact(args[1])) {
        int overflow;
        long n = PyLong_AsLongAndOverflow(args[1], &overflow);
        double rounded;
        if (!overflow && n >= 0 && n <= 22 && exact_round(PyFloat_AS_DOUBLE(args[0]), (int)n, &rounded))
            return PyFloat_FromDouble(rounded);
    }
#endif
    return PyObject_CallFunctionObjArgs(builtin_round, args[0], args[1], NULL);
}

/* assemble_hits(ids, ranges, raw, info, details, span_maker, hit_maker, source) -> list
 * The compiled twin of the last loop of indicators.find_indicators: for each id in `ids` (already
 * in hit order), its ranges (a list of (start, end): one is used as it is, more are sorted and
 * merged where they overlap or touch, as `_merge` does), one span_maker(start, end, raw[start:end],
 * source) per range, and hit_maker(id, name, weight, spans, family, details.get(id, "")) with
 * (_, name, weight, family) = info[id]. */
typedef struct { Py_ssize_t s, e; } Range;

static int range_cmp(const void *pa, const void *pb) {
    const Range *a = (const Range *)pa, *b = (const Range *)pb;
    if (a->s != b->s) return a->s < b->s ? -1 : 1;
    return (a->e > b->e) - (a->e < b->e);
}

static PyObject *make_span(PyObject *span_maker, PyObject *raw, PyObject *source, Py_ssize_t s, Py_ssize_t e) {
    PyObject *start = PyLong_FromSsize_t(s), *end = PyLong_FromSsize_t(e);
    PyObject *text = (s >= 0 && e >= 0) ? PyUnicode_Substring(raw, s, e) : PySequence_GetSlice(raw, s, e);
    PyObject *span = NULL;
    if (start && end && text) {
        PyObject *args[4] = {start, end, text, source};
        span = PyObject_Vectorcall(span_maker, args, 4, NULL);
    }
    Py_XDECREF(start);
    Py_XDECREF(end);
    Py_XDECREF(text);
    return span;
}

static int range_at(PyObject *ranges, Py_ssize_t i, Range *out) {
    PyObject *pair = PyList_GET_ITEM(ranges, i);
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
        PyErr_SetString(PyExc_TypeError, "a range must be a (start, end) tuple");
        return -1;
    }
    out->s = PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 0));
    if (out->s == -1 && PyErr_Occurred()) return -1;
    out->e = PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 1));
    return (out->e == -1 && PyErr_Occurred()) ? -1 : 0;
}

/* The spans of one id: a tuple of span records. */
static PyObject *id_spans(PyObject *ranges, PyObject *raw, PyObject *source, PyObject *span_maker) {
    if (!PyList_Check(ranges) || PyList_GET_SIZE(ranges) == 0) {
        PyErr_SetString(PyExc_TypeError, "ranges must be a non-empty list");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(ranges);
    Range one, *all = n == 1 ? &one : PyMem_Malloc((size_t)n * sizeof(Range));
    if (all == NULL) return PyErr_NoMemory();
    PyObject *out = NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        if (range_at(ranges, i, &all[i]) < 0) goto done;
    Py_ssize_t kept = n;
    if (n > 1) { /* _merge */
        qsort(all, (size_t)n, sizeof(Range), range_cmp);
        kept = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            if (kept && all[i].s <= all[kept - 1].e) {
                if (all[i].e > all[kept - 1].e) all[kept - 1].e = all[i].e;
            } else {
                all[kept++] = all[i];
            }
        }
    }
    out = PyTuple_New(kept);
    if (out == NULL) goto done;
    for (Py_ssize_t i = 0; i < kept; i++) {
        PyObject *span = make_span(span_maker, raw, source, all[i].s, all[i].e);
        if (span == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyTuple_SET_ITEM(out, i, span);
    }
done:
    if (all != &one) PyMem_Free(all);
    return out;
}

static PyObject *assemble_hits(PyObject *self, PyObject *args) {
    PyObject *ids, *by_id, *raw, *info, *details, *span_maker, *hit_maker, *source;
    if (!PyArg_ParseTuple(args, "O!O!UO!O!OOU", &PyList_Type, &ids, &PyDict_Type, &by_id, &raw, &PyDict_Type, &info,
                          &PyDict_Type, &details, &span_maker, &hit_maker, &source))
        return NULL;
    static PyObject *empty = NULL;
    if (empty == NULL && (empty = PyUnicode_FromString("")) == NULL) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(ids);
    PyObject *hits = PyList_New(n);
    if (hits == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *iid = PyList_GET_ITEM(ids, i);
        PyObject *ranges = PyDict_GetItemWithError(by_id, iid), *about = PyDict_GetItemWithError(info, iid);
        if (ranges == NULL || about == NULL) {
            if (!PyErr_Occurred()) PyErr_SetObject(PyExc_KeyError, iid);
            goto fail;
        }
        if (!PyTuple_Check(about) || PyTuple_GET_SIZE(about) != 4) {
            PyErr_SetString(PyExc_TypeError, "info[id] must be (key, name, weight, family)");
            goto fail;
        }
        PyObject *detail = PyDict_GetItemWithError(details, iid);
        if (detail == NULL && PyErr_Occurred()) goto fail;
        PyObject *spans = id_spans(ranges, raw, source, span_maker);
        if (spans == NULL) goto fail;
        PyObject *fields[6] = {iid, PyTuple_GET_ITEM(about, 1), PyTuple_GET_ITEM(about, 2), spans,
                               PyTuple_GET_ITEM(about, 3), detail ? detail : empty};
        PyObject *hit = PyObject_Vectorcall(hit_maker, fields, 6, NULL);
        Py_DECREF(spans);
        if (hit == NULL) goto fail;
        PyList_SET_ITEM(hits, i, hit);
    }
    return hits;
fail:
    Py_DECREF(hits);
    return NULL;
}

/* indicator_terms(hits, col, coef, family_index, legitimacy, n_families, ndigits) -> (cells, shares)
 * The compiled twin of features.indicator_terms(hits, col, coef) (with coef): the same cells, and
 * the same shares (each one the same additions and divisions in the same order), rounded with
 * round_places(share, ndigits) when ndigits >= 0 (model.score's parts). col and family_index are
 * dicts str -> int, coef a list of float, legitimacy a set of ids. */
static double product(double a, double b) __attribute__((noinline));
static double product(double a, double b) { return a * b; } /* never fused into a multiply-add */

static int add_share(PyObject *shares, PyObject *iid, double amount) {
    PyObject *now = PyDict_GetItemWithError(shares, iid);
    if (now == NULL) {
        if (!PyErr_Occurred()) PyErr_SetObject(PyExc_KeyError, iid);
        return -1;
    }
    double value = PyFloat_AsDouble(now);
    if (value == -1.0 && PyErr_Occurred()) return -1;
    PyObject *sum = PyFloat_FromDouble(value + amount);
    if (sum == NULL) return -1;
    int failed = PyDict_SetItem(shares, iid, sum);
    Py_DECREF(sum);
    return failed;
}

static int coef_at(PyObject *coef, Py_ssize_t i, double *out) {
    if (i < 0 || i >= PyList_GET_SIZE(coef)) {
        PyErr_SetString(PyExc_IndexError, "coef index out of range");
        return -1;
    }
    *out = PyFloat_AsDouble(PyList_GET_ITEM(coef, i));
    return (*out == -1.0 && PyErr_Occurred()) ? -1 : 0;
}

static int append_cell(PyObject *cells, Py_ssize_t column, double value) {
    PyObject *cell = Py_BuildValue("(nd)", column, value);
    if (cell == NULL) return -1;
    int failed = PyList_Append(cells, cell);
    Py_DECREF(cell);
    return failed;
}

static PyObject *indicator_terms(PyObject *self, PyObject *args) {
    PyObject *hits, *col, *coef, *family_index, *legitimacy;
    Py_ssize_t n_families;
    int ndigits;
    if (!PyArg_ParseTuple(args, "OO!O!O!Oni", &hits, &PyDict_Type, &col, &PyList_Type, &coef, &PyDict_Type,
                          &family_index, &legitimacy, &n_families, &ndigits))
        return NULL;
    static PyObject *id_name = NULL, *family_name = NULL, *coercion = NULL, *legitimate = NULL, *zero = NULL;
    if (id_name == NULL) {
        id_name = PyUnicode_InternFromString("id");
        family_name = PyUnicode_InternFromString("family");
        coercion = PyUnicode_InternFromString("C");
        legitimate = PyUnicode_InternFromString("L");
        zero = PyFloat_FromDouble(0.0);
        if (!id_name || !family_name || !coercion || !legitimate || !zero) return NULL;
    }
    PyObject *seq = PySequence_Fast(hits, "hits must be a sequence");
    if (seq == NULL) return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject *ids = PyList_New(n), *fams = PyList_New(n);
    PyObject *shares = PyDict_New(), *families = PyDict_New(), *cells = PyList_New(0), *result = NULL;
    if (!ids || !fams || !shares || !families || !cells) goto done;
    int coerced = 0;
    for (Py_ssize_t i = 0; i < n; i++) { /* ids, families (`h.family or h.id[:1]`), shares start at 0 */
        PyObject *h = PySequence_Fast_GET_ITEM(seq, i);
        PyObject *iid = PyObject_GetAttr(h, id_name);
        if (iid == NULL) goto done;
        PyList_SET_ITEM(ids, i, iid);
        PyObject *fam = PyObject_GetAttr(h, family_name);
        if (fam == NULL) goto done;
        int truth = PyObject_IsTrue(fam);
        if (truth < 0) {
            Py_DECREF(fam);
            goto done;
        }
        if (!truth) {
            Py_DECREF(fam);
            fam = PySequence_GetSlice(iid, 0, 1);
            if (fam == NULL) goto done;
        }
        PyList_SET_ITEM(fams, i, fam);
        int is_c = PyObject_RichCompareBool(fam, coercion, Py_EQ);
        if (is_c < 0) goto done;
        coerced |= is_c;
        if (PyDict_SetDefault(shares, iid, zero) == NULL) goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) { /* effective_hits: legitimacy signs do not count beside coercion */
        PyObject *iid = PyList_GET_ITEM(ids, i);
        if (coerced) {
            int legit = PySequence_Contains(legitimacy, iid);
            if (legit < 0) goto done;
            if (legit) continue;
        }
        PyObject *members = PyDict_GetItemWithError(families, PyList_GET_ITEM(fams, i));
        if (members == NULL) {
            if (PyErr_Occurred()) goto done;
            members = PyList_New(0);
            if (members == NULL) goto done;
            int failed = PyDict_SetItem(families, PyList_GET_ITEM(fams, i), members);
            Py_DECREF(members);
            if (failed) goto done;
        }
        if (PyList_Append(members, iid) < 0) goto done;
        PyObject *column = PyDict_GetItemWithError(col, iid);
        if (column == NULL) {
            if (PyErr_Occurred()) goto done;
            continue;
        }
        Py_ssize_t c = PyLong_AsSsize_t(column);
        if (c == -1 && PyErr_Occurred()) goto done;
        PyObject *cell = Py_BuildValue("(Od)", column, 1.0);
        if (cell == NULL) goto done;
        int failed = PyList_Append(cells, cell);
        Py_DECREF(cell);
        double w;
        if (failed || coef_at(coef, c, &w) < 0 || add_share(shares, iid, w) < 0) goto done;
    }
    Py_ssize_t fam_base = PyDict_GET_SIZE(col), n_cols = fam_base + n_families + 2, risky = 0;
    PyObject *family, *members;
    Py_ssize_t pos = 0;
    while (PyDict_Next(families, &pos, &family, &members)) { /* family flags, in order of first hit */
        PyObject *index = PyDict_GetItemWithError(family_index, family);
        if (index == NULL && PyErr_Occurred()) goto done;
        if (index != NULL) {
            Py_ssize_t f = PyLong_AsSsize_t(index);
            if ((f == -1 && PyErr_Occurred()) || append_cell(cells, fam_base + f, 1.0) < 0) goto done;
        }
        int is_l = PyObject_RichCompareBool(family, legitimate, Py_EQ);
        if (is_l < 0) goto done;
        risky += !is_l;
    }
    double capped = (double)(risky < 5 ? risky : 5), two = risky >= 2 ? 1.0 : 0.0;
    if (append_cell(cells, n_cols - 2, capped / 5.0) < 0 || append_cell(cells, n_cols - 1, two) < 0) goto done;
    pos = 0;
    Py_ssize_t n_risky = 0;
    while (PyDict_Next(families, &pos, &family, &members)) { /* each family flag's weight, shared out */
        PyObject *index = PyDict_GetItemWithError(family_index, family);
        if (index == NULL && PyErr_Occurred()) goto done;
        Py_ssize_t size = PyList_GET_SIZE(members);
        int is_l = PyObject_RichCompareBool(family, legitimate, Py_EQ);
        if (is_l < 0) goto done;
        if (!is_l) n_risky += size;
        if (index == NULL) continue;
        Py_ssize_t f = PyLong_AsSsize_t(index);
        double w;
        if ((f == -1 && PyErr_Occurred()) || coef_at(coef, fam_base + f, &w) < 0) goto done;
        double part = w / (double)size;
        for (Py_ssize_t k = 0; k < size; k++)
            if (add_share(shares, PyList_GET_ITEM(members, k), part) < 0) goto done;
    }
    double w_count, w_two;
    if (coef_at(coef, n_cols - 2, &w_count) < 0 || coef_at(coef, n_cols - 1, &w_two) < 0) goto done;
    double count_part = product(w_count, capped) / 5.0 + product(w_two, two);
    pos = 0;
    while (n_risky && PyDict_Next(families, &pos, &family, &members)) { /* the family count, shared out */
        int is_l = PyObject_RichCompareBool(family, legitimate, Py_EQ);
        if (is_l < 0) goto done;
        if (is_l) continue;
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(members); k++)
            if (add_share(shares, PyList_GET_ITEM(members, k), count_part / (double)n_risky) < 0) goto done;
    }
    if (ndigits >= 0) { /* model.score's parts: each share rounded as round_places rounds it */
        PyObject *digits = PyLong_FromLong(ndigits);
        if (digits == NULL) goto done;
        PyObject *iid, *value;
        pos = 0;
        while (PyDict_Next(shares, &pos, &iid, &value)) {
            PyObject *call[2] = {value, digits};
            PyObject *rounded = round_places(NULL, call, 2);
            if (rounded == NULL || PyDict_SetItem(shares, iid, rounded) < 0) { /* same key: no resize */
                Py_XDECREF(rounded);
                Py_DECREF(digits);
                goto done;
            }
            Py_DECREF(rounded);
        }
        Py_DECREF(digits);
    }
    result = PyTuple_Pack(2, cells, shares);
done:
    Py_DECREF(seq);
    Py_XDECREF(ids);
    Py_XDECREF(fams);
    Py_XDECREF(shares);
    Py_XDECREF(families);
    Py_XDECREF(cells);
    return result;
}

/* W1's phrases (the compiled twin of wording.py's numpy path: _heat, _edges, phrase_spans, _inside).
 *
 * ngram_columns(text, bits, low, high, offsets) -> bytes | None
 *   The weight column of every n-gram of one text, as CharNgramHasher.positions lists them (n from
 *   low to high, then by start), as native int64; None when the text holds a lone surrogate (the
 *   numpy path then raises the UnicodeEncodeError it raises).
 *
 * wording_spans(classes, contrib, low, high, max_spans, max_chars, min_share) -> (spans, inside)
 *   classes: bytes, one per character of the (clipped) text: 1 a word character (category L, N or
 *            M), 2 a combining mark (M), 4 a script written without spaces, 8 a clause break.
 *   contrib: float64 buffer, each n-gram's contribution, in the order of ngram_columns.
 *   spans:   phrase_spans' list of (start, end), in text order.
 *   inside:  bytes, 1 for each n-gram wholly inside one of the spans (_inside's mask).
 * Every float is computed with the operations numpy performs, in the same order (np.add.at and
 * np.cumsum add one element after the other; argmax takes the first maximum, a NaN first of all),
 * so the spans are the same. */
static PyObject *ngram_columns(PyObject *self, PyObject *args) {
    PyObject *text, *offsets_obj;
    int bits, low, high;
    if (!PyArg_ParseTuple(args, "UiiiO!", &text, &bits, &low, &high, &PyList_Type, &offsets_obj)) return NULL;
    if (low < 1 || high < low || high >= MAX_N || bits < 1 || bits > 31 || PyList_GET_SIZE(offsets_obj) <= high) {
        PyErr_SetString(PyExc_ValueError, "bad n-gram settings");
        return NULL;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    if (kind != PyUnicode_1BYTE_KIND && has_surrogate(kind, data, len)) Py_RETURN_NONE;
    Py_ssize_t total = 0;
    for (int n = low; n <= high; n++)
        if (len - n + 1 > 0) total += len - n + 1;
    PyObject *out = PyBytes_FromStringAndSize(NULL, total * (Py_ssize_t)sizeof(int64_t));
    if (out == NULL) return NULL;
    int64_t *cols = (int64_t *)PyBytes_AS_STRING(out);
    unsigned shift = 64 - (unsigned)bits;
    Py_ssize_t at = 0;
    for (int n = low; n <= high; n++) {
        uint64_t offset = PyLong_AsUnsignedLongLong(PyList_GET_ITEM(offsets_obj, n));
        if (PyErr_Occurred()) {
            Py_DECREF(out);
            return NULL;
        }
        for (Py_ssize_t i = 0; i + n <= len; i++) {
            uint64_t poly = 0;
            for (int m = 0; m < n; m++) poly = poly * PRIME + (uint64_t)PyUnicode_READ(kind, data, i + m);
            cols[at++] = (int64_t)(int32_t)(((poly + offset) * MIX) >> shift);
        }
    }
    return out;
}

#define W_WORD 1
#define W_MARK 2
#define W_UNSPACED 4
#define W_BREAK 8

/* can_start[i] / can_end[i] for i in 0..n (wording._edges); the character "after the text" is none. */
static void phrase_edges(const unsigned char *cls, Py_ssize_t n, unsigned char *can_start, unsigned char *can_end) {
    int prev_word = 0, prev_unspaced = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        int c = i < n ? cls[i] : 0;
        int word = (c & W_WORD) != 0, mark = (c & W_MARK) != 0, unspaced = (c & W_UNSPACED) != 0;
        int either = prev_unspaced | unspaced;
        can_start[i] = (unsigned char)(word & !mark & !(prev_word & !either));
        can_end[i] = (unsigned char)(prev_word & !(word & (mark | !either)));
        prev_word = word;
        prev_unspaced = unspaced;
    }
}

typedef struct { double v; Py_ssize_t s, w; } Window; /* a phrase window's sum, start and width */

static PyObject *wording_spans(PyObject *self, PyObject *args) {
    Py_buffer cls_buf, contrib_buf;
    int low, high, max_spans, max_chars;
    double min_share;
    if (!PyArg_ParseTuple(args, "y*y*iiiid", &cls_buf, &contrib_buf, &low, &high, &max_spans, &max_chars, &min_share))
        return NULL;
    PyObject *result = NULL, *spans = NULL, *inside = NULL;
    double *diff = NULL, *total = NULL;
    Py_ssize_t *breaks = NULL;
    Window *cand = NULL;
    unsigned char *can_start = NULL, *can_end = NULL;
    const unsigned char *cls = (const unsigned char *)cls_buf.buf;
    const double *contrib = (const double *)contrib_buf.buf;
    Py_ssize_t n = cls_buf.len, m = 0;
    for (int g = low; g <= high; g++)
        if (n - g + 1 > 0) m += n - g + 1;
    if (low < 1 || high < low || max_chars < 2 || contrib_buf.len != m * (Py_ssize_t)sizeof(double)) {
        PyErr_SetString(PyExc_ValueError, "contrib must hold one float64 per n-gram of the text");
        goto done;
    }
    spans = PyList_New(0);
    inside = PyBytes_FromStringAndSize(NULL, m);
    if (spans == NULL || inside == NULL) goto done;
    unsigned char *mask = (unsigned char *)PyBytes_AS_STRING(inside);
    memset(mask, 0, (size_t)m);
    Py_ssize_t chosen_s[64], chosen_e[64];
    int n_chosen = 0;
    if (max_spans > 64) max_spans = 64;
    if (n >= 2) {
        diff = PyMem_Calloc((size_t)n + 1, sizeof(double));
        total = PyMem_Malloc(((size_t)n + 1) * sizeof(double));
        breaks = PyMem_Malloc(((size_t)n + 1) * sizeof(Py_ssize_t));
        can_start = PyMem_Malloc((size_t)n + 1);
        can_end = PyMem_Malloc((size_t)n + 1);
        Py_ssize_t widest = max_chars < n ? max_chars : n;
        Py_ssize_t rows = widest - 1; /* widths 2..widest: at most rows * n windows */
        cand = PyMem_Malloc((size_t)(rows * n) * sizeof(Window));
        if (!diff || !total || !breaks || !can_start || !can_end || !cand) {
            PyErr_NoMemory();
            goto done;
        }
        /* _heat: np.add.at over the starts, then over the ends, then np.cumsum */
        Py_ssize_t i = 0;
        for (int g = low; g <= high; g++)
            for (Py_ssize_t s = 0; s + g <= n; s++, i++) diff[s] += contrib[i] / (double)g;
        i = 0;
        for (int g = low; g <= high; g++)
            for (Py_ssize_t s = 0; s + g <= n; s++, i++) diff[s + g] += -contrib[i] / (double)g;
        /* total = [0, cumsum(heat)] with heat = cumsum(diff)[:n] */
        double heat = 0.0, run = 0.0;
        total[0] = 0.0;
        for (Py_ssize_t k = 0; k < n; k++) {
            heat = k == 0 ? diff[0] : heat + diff[k];
            run = k == 0 ? heat : run + heat;
            total[k + 1] = run;
        }
        breaks[0] = 0;
        for (Py_ssize_t k = 0; k < n; k++) breaks[k + 1] = breaks[k] + ((cls[k] & W_BREAK) != 0);
        phrase_edges(cls, n, can_start, can_end);
        /* The windows phrase_spans may pick (the others hold -inf in its matrix, which never wins), by
         * start: a window that crosses a break is followed by wider ones that cross it too. Its matrix
         * runs by width, then start, and argmax takes the first maximum: ties go to the narrower, then
         * the earlier window. */
        Py_ssize_t n_cand = 0;
        int has_nan = 0;
        for (Py_ssize_t s = 0; s < n; s++) {
            if (!can_start[s]) continue;
            for (Py_ssize_t w = 2; w <= widest && s + w <= n; w++) {
                Py_ssize_t e = s + w;
                if (breaks[e] != breaks[s]) break;
                if (can_end[e]) {
                    double v = total[e] - total[s];
                    has_nan |= isnan(v);
                    cand[n_cand].v = v;
                    cand[n_cand].s = s;
                    cand[n_cand].w = w;
                    n_cand++;
                }
            }
        }
        double first = 0.0;
        /* a NaN is argmax's pick at once, and no gain: no phrase at all */
        for (int round = 0; round < max_spans && !has_nan; round++) {
            Py_ssize_t best = -1;
            double gain = 0.0; /* only a window with a positive sum can be taken */
            for (Py_ssize_t c = 0; c < n_cand; c++) {
                double v = cand[c].v;
                if (v > gain || (best >= 0 && v == gain && (cand[c].w < cand[best].w
                                                           || (cand[c].w == cand[best].w && cand[c].s < cand[best].s)))) {
                    best = c;
                    gain = v;
                }
            }
            if (best < 0 || (n_chosen && gain < min_share * first)) break;
            Py_ssize_t s = cand[best].s, e = s + cand[best].w;
            if (first == 0.0) first = gain;
            chosen_s[n_chosen] = s;
            chosen_e[n_chosen] = e;
            n_chosen++;
            for (Py_ssize_t c = 0; c < n_cand; c++) /* drop the windows that overlap it */
                if (cand[c].s < e && cand[c].s + cand[c].w > s) cand[c].v = -INFINITY;
        }
        /* in text order (they do not overlap) */
        for (int a = 1; a < n_chosen; a++)
            for (int b = a; b > 0 && chosen_s[b - 1] > chosen_s[b]; b--) {
                Py_ssize_t ts = chosen_s[b], te = chosen_e[b];
                chosen_s[b] = chosen_s[b - 1];
                chosen_e[b] = chosen_e[b - 1];
                chosen_s[b - 1] = ts;
                chosen_e[b - 1] = te;
            }
        i = 0;
        for (int g = low; g <= high; g++)
            for (Py_ssize_t s = 0; s + g <= n; s++, i++)
                for (int c = 0; c < n_chosen; c++)
                    if (s >= chosen_s[c] && s + g <= chosen_e[c]) {
                        mask[i] = 1;
                        break;
                    }
        for (int c = 0; c < n_chosen; c++) {
            PyObject *pair = Py_BuildValue("(nn)", chosen_s[c], chosen_e[c]);
            if (pair == NULL || PyList_Append(spans, pair) < 0) {
                Py_XDECREF(pair);
                goto done;
            }
            Py_DECREF(pair);
        }
    }
    result = PyTuple_Pack(2, spans, inside);
done:
    Py_XDECREF(spans);
    Py_XDECREF(inside);
    PyMem_Free(diff);
    PyMem_Free(total);
    PyMem_Free(breaks);
    PyMem_Free(can_start);
    PyMem_Free(can_end);
    PyMem_Free(cand);
    PyBuffer_Release(&cls_buf);
    PyBuffer_Release(&contrib_buf);
    return result;
}

/* The compiled twin of phones._CHAIN.search(text) is not None (see ctip/extract/phones.py):
 * is there an ASCII digit with the letter o or Burmese wa right before it, or followed by at least
 * 7 more digit-like characters (0-9, o, U+101D), each after at most 5 separators of _WIDE?
 * A separator is never digit-like, so `[_WIDE]{0,5}[0-9o\u101d]` matches in one way only:
 * the separators there are, then one digit-like character (no backtracking to try).
 * phone_chain(text) -> bool */
#define CHAIN_MORE 7 /* MIN_DIGITS - 1 */
#define CHAIN_GAP 5

static inline int chain_digit_like(Py_UCS4 ch) { return (ch >= '0' && ch <= '9') || ch == 'o' || ch == 0x101D; }

static inline int chain_separator(Py_UCS4 ch) { /* phones._WIDE = _SEP + _WIDE_ONLY */
    if (ch < 0x80) return ch == ' ' || ch == '\t' || ch == '.' || ch == '-' || ch == '(' || ch == ')' || ch == '_' ||
                          ch == '/' || ch == ',' || ch == '|';
    return ch == 0x00B7 || (ch >= 0x2010 && ch <= 0x2015) || ch == 0x2022 || ch == 0x2219 || ch == 0x30FB ||
           (ch >= 0x2190 && ch <= 0x21FF) || (ch >= 0x2600 && ch <= 0x27BF) || (ch >= 0x2B00 && ch <= 0x2BFF) ||
           (ch >= 0x1F000 && ch <= 0x1FAFF);
}

static PyObject *phone_chain(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "phone_chain() takes a str");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return NULL;
#endif
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch < '0' || ch > '9') continue;
        if (i > 0) {
            Py_UCS4 prev = PyUnicode_READ(kind, data, i - 1);
            if (prev == 'o' || prev == 0x101D) Py_RETURN_TRUE;
        }
        Py_ssize_t p = i + 1;
        int more = 0;
        while (more < CHAIN_MORE) {
            int gap = 0;
            while (gap <= CHAIN_GAP && p + gap < n && chain_separator(PyUnicode_READ(kind, data, p + gap))) gap++;
            if (gap > CHAIN_GAP || p + gap >= n || !chain_digit_like(PyUnicode_READ(kind, data, p + gap))) break;
            p += gap + 1;
            more++;
        }
        if (more == CHAIN_MORE) Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

static PyMethodDef methods[] = {
    {"dot", ngram_dot, METH_VARARGS, "Hashed character n-gram dot products (see hashing.py)."},
    {"cue_scan", cue_scan, METH_VARARGS, "Automaton matches grouped by kind, at word boundaries (see cues.scan)."},
    {"round_places", (PyCFunction)(void (*)(void))round_places, METH_FASTCALL,
     "round_places(x, ndigits): round(x, ndigits), the same float, without a decimal string."},
    {"assemble_hits", assemble_hits, METH_VARARGS, "A post's indicator hits from its ranges (see indicators.py)."},
    {"indicator_terms", indicator_terms, METH_VARARGS, "A post's indicator cells and score shares (see features.py)."},
    {"ngram_columns", ngram_columns, METH_VARARGS, "Weight column of each n-gram of one text (see hashing.py)."},
    {"phone_chain", phone_chain, METH_O, "Whether phones._CHAIN finds a match in a text (see phones.may_hold_phone)."},
    {"wording_spans", wording_spans, METH_VARARGS, "W1's phrases and the n-grams inside them (see wording.py)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_fast", NULL, -1, methods};

PyMODINIT_FUNC PyInit__fast(void) {
    if (PyType_Ready(&MakerType) < 0 || PyType_Ready(&AutomatonType) < 0) return NULL;
    if (builtin_round == NULL) {
        PyObject *builtins = PyImport_ImportModule("builtins");
        if (builtins == NULL) return NULL;
        builtin_round = PyObject_GetAttrString(builtins, "round");
        Py_DECREF(builtins);
        if (builtin_round == NULL) return NULL;
    }
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    Py_INCREF(&MakerType);
    if (PyModule_AddObject(m, "Maker", (PyObject *)&MakerType) < 0) {
        Py_DECREF(&MakerType);
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(&AutomatonType);
    if (PyModule_AddObject(m, "Automaton", (PyObject *)&AutomatonType) < 0) {
        Py_DECREF(&AutomatonType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
