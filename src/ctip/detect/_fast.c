/* Compiled twins of hot loops of `ctip screen`; each has a pure-Python reference that gives
 * the same results (tests/core/test_core_compiled.py, tests/detect_rules/test_rules_engine_equivalence.py).
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
 * Record constructors: the compiled twin of calling a frozen, slotted dataclass with every field
 * given positionally (see ctip/detect/construct.py).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#define PRIME 1000003ULL
#define MIX 0x9E3779B97F4A7C15ULL
#define MAX_N 16
#define MAX_K 64
#define MAX_PENDING 4096 /* n-gram columns hashed ahead of the sum, so their rows can be prefetched */
#define AHEAD 16         /* how many n-grams ahead a weight row is prefetched */

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
        if (kind != PyUnicode_1BYTE_KIND) {
            for (Py_ssize_t i = 0; i < len; i++) {
                Py_UCS4 c = PyUnicode_READ(kind, data, i);
                if (c >= 0xD800 && c <= 0xDFFF) {
                    result = Py_False;
                    Py_INCREF(result);
                    goto done;
                }
            }
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
                for (Py_ssize_t i = begin; i < stop; i++) {
                    uint64_t poly = 0;
                    for (int m = 0; m < n; m++) poly = poly * PRIME + (uint64_t)PyUnicode_READ(kind, data, i + m);
                    uint64_t h = poly + offsets[n];
                    rows[i - begin] = wbase + (Py_ssize_t)((h * MIX) >> shift) * s0;
                }
                Py_ssize_t m_rows = stop - begin;
                for (Py_ssize_t i = 0; i < m_rows && i < AHEAD; i++) __builtin_prefetch(rows[i]);
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

static PyObject *cue_scan(PyObject *self, PyObject *args) {
    PyObject *text, *matches, *bounds, *tags, *letters_obj;
    if (!PyArg_ParseTuple(args, "UO!SO!S", &text, &PyList_Type, &matches, &bounds, &PyTuple_Type, &tags,
                          &letters_obj))
        return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return NULL; /* a legacy string made from wchar_t */
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), n_keys = PyTuple_GET_SIZE(tags);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const unsigned char *bound = (const unsigned char *)PyBytes_AS_STRING(bounds);
    const unsigned char *letters = (const unsigned char *)PyBytes_AS_STRING(letters_obj);
    Py_ssize_t n_letters = PyBytes_GET_SIZE(letters_obj);
    if (PyBytes_GET_SIZE(bounds) != 2 * n_keys) {
        PyErr_SetString(PyExc_ValueError, "bounds must hold 2 bytes per key");
        return NULL;
    }
    PyObject *out = PyDict_New();
    if (out == NULL) return NULL;
    Py_ssize_t n_matches = PyList_GET_SIZE(matches);
    for (Py_ssize_t m = 0; m < n_matches; m++) {
        PyObject *match = PyList_GET_ITEM(matches, m);
        if (!PyTuple_Check(match) || PyTuple_GET_SIZE(match) != 3) {
            PyErr_SetString(PyExc_TypeError, "matches must be (index, start, end) tuples");
            goto fail;
        }
        PyObject *start_obj = PyTuple_GET_ITEM(match, 1), *end_obj = PyTuple_GET_ITEM(match, 2);
        Py_ssize_t index = PyLong_AsSsize_t(PyTuple_GET_ITEM(match, 0));
        Py_ssize_t start = PyLong_AsSsize_t(start_obj), end = PyLong_AsSsize_t(end_obj);
        if (PyErr_Occurred()) goto fail;
        if (index < 0 || index >= n_keys || start < 0 || end > n || start > end) {
            PyErr_SetString(PyExc_IndexError, "match out of range");
            goto fail;
        }
        int bound_start = bound[2 * index], bound_end = bound[2 * index + 1];
        if (bound_start && start && glued(PyUnicode_READ(kind, data, start - 1), bound_start, letters, n_letters))
            continue;
        if (bound_end && end < n && glued(PyUnicode_READ(kind, data, end), bound_end, letters, n_letters))
            continue;
        PyObject *key_tags = PyTuple_GET_ITEM(tags, index);
        for (Py_ssize_t t = 0; t < PyTuple_GET_SIZE(key_tags); t++) {
            PyObject *tag = PyTuple_GET_ITEM(key_tags, t); /* (kind, tag, near) */
            PyObject *found = PyDict_GetItemWithError(out, PyTuple_GET_ITEM(tag, 0));
            if (found == NULL) {
                if (PyErr_Occurred()) goto fail;
                found = PyList_New(0);
                if (found == NULL || PyDict_SetItem(out, PyTuple_GET_ITEM(tag, 0), found) < 0) {
                    Py_XDECREF(found);
                    goto fail;
                }
                Py_DECREF(found); /* the dict holds it */
            }
            PyObject *item = PyTuple_Pack(4, start_obj, end_obj, PyTuple_GET_ITEM(tag, 1), PyTuple_GET_ITEM(tag, 2));
            if (item == NULL) goto fail;
            int failed = PyList_Append(found, item);
            Py_DECREF(item);
            if (failed) goto fail;
        }
    }
    return out;
fail:
    Py_DECREF(out);
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

static PyMethodDef methods[] = {
    {"dot", ngram_dot, METH_VARARGS, "Hashed character n-gram dot products (see hashing.py)."},
    {"cue_scan", cue_scan, METH_VARARGS, "Automaton matches grouped by kind, at word boundaries (see cues.scan)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_fast", NULL, -1, methods};

PyMODINIT_FUNC PyInit__fast(void) {
    if (PyType_Ready(&MakerType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    Py_INCREF(&MakerType);
    if (PyModule_AddObject(m, "Maker", (PyObject *)&MakerType) < 0) {
        Py_DECREF(&MakerType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
