package io.newsflow.ingest.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails as soon as more than {@code max} bytes have been read, so a huge body is never held in memory. */
final class CappedInputStream extends FilterInputStream {

    private final long max;
    private final String what;
    private long count;

    CappedInputStream(InputStream in, long max, String what) {
        super(in);
        this.max = max;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLarge {
        count += n;
        if (count > max) {
            throw new TooLarge("more than " + max + " bytes " + what);
        }
    }

    /** The stream went over its cap. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
