package org.trufflejl.builtins;

/**
 * The permutation that sorts a {@code long[]} or {@code double[]} in isless order (ascending, or
 * descending), stable as Julia's sortperm is: a merge sort of the indices, without boxing them.
 */
final class SortPerm {
    private SortPerm() {
    }

    static void sort(int[] idx, Object values, boolean descending) {
        int[] tmp = new int[idx.length];
        mergeSort(idx, tmp, 0, idx.length, values, descending);
    }

    /** Whether element {@code i} goes strictly before element {@code j}. */
    private static boolean before(Object values, int i, int j, boolean descending) {
        int c = values instanceof long[] l ? Long.compare(l[i], l[j]) : Double.compare(((double[]) values)[i], ((double[]) values)[j]);
        return descending ? c > 0 : c < 0;
    }

    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, Object values, boolean descending) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && before(values, x, a[j], descending)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, values, descending);
        mergeSort(a, tmp, mid, hi, values, descending);
        if (!before(values, a[mid], a[mid - 1], descending)) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, mid - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            a[k++] = before(values, a[j], tmp[i], descending) ? a[j++] : tmp[i++];
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
    }
}
