// The block layer's side, as in Linux 6.12 (much shortened).

void __bio_release_pages(struct bio *bio, bool mark_dirty)
{
	struct folio_iter fi;

	bio_for_each_folio_all(fi, bio) {
		unpin_user_folio(fi.folio, 1);
	}
}

static int __bio_iov_iter_get_pages(struct bio *bio, struct iov_iter *iter)
{
	struct page **pages = (struct page **)bv;
	size_t offset;
	ssize_t size;

	size = iov_iter_extract_pages(iter, &pages, LONG_MAX, 16, 0, &offset);
	if (size <= 0)
		return size ? size : -EFAULT;
	return 0;
}

int bio_iov_iter_get_pages(struct bio *bio, struct iov_iter *iter)
{
	if (iov_iter_extract_will_pin(iter))
		bio_set_flag(bio, BIO_PAGE_PINNED);
	return __bio_iov_iter_get_pages(bio, iter);
}
EXPORT_SYMBOL_GPL(bio_iov_iter_get_pages);
