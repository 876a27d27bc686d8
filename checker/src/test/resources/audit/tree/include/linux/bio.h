/* The bio release wrapper as in Linux 6.12: unpins only a BIO_PAGE_PINNED bio. */
void __bio_release_pages(struct bio *bio, bool mark_dirty);
int bio_add_page(struct bio *bio, struct page *page, unsigned int len, unsigned int off);
void __bio_add_page(struct bio *bio, struct page *page, unsigned int len, unsigned int off);
int bio_iov_iter_get_pages(struct bio *bio, struct iov_iter *iter);

static inline void bio_release_pages(struct bio *bio, bool mark_dirty)
{
	if (bio_flagged(bio, BIO_PAGE_PINNED))
		__bio_release_pages(bio, mark_dirty);
}
