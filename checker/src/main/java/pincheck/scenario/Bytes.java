package pincheck.scenario;

/**
 * The bytes of one page of a folio an iterator position holds data in: folio-relative offset and
 * length, in bytes (multiples of {@link #UNIT}). A position names one page: a range over two
 * pages of a large folio is two positions.
 */
public record Bytes(int off, int len) {
  /** PAGE_SIZE on the machines the kernels run on (x86-64). */
  public static final int PAGE_SIZE = 4096;
  /** The models count bytes in units of 1 KiB, so a page is {@value #PAGE_SIZE} / UNIT units. */
  public static final int UNIT = 1024;

  /** The whole first page of the folio. */
  public static final Bytes PAGE = new Bytes(0, PAGE_SIZE);

  public Bytes {
    if (off < 0 || len <= 0 || off % UNIT != 0 || len % UNIT != 0) {
      throw new IllegalArgumentException("bytes " + off + "+" + len);
    }
  }

  /** Offset in the models' units. */
  public int offUnits() {
    return off / UNIT;
  }

  public int lenUnits() {
    return len / UNIT;
  }

  @Override
  public String toString() {
    return "[" + off + "," + len + "]";
  }
}
