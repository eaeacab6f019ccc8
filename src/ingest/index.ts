export { contentHash } from './content-hash';
export { ingestArticle, type ArticleInput, type IngestCounts, type IngestResult } from './ingest-article';
export { ARTICLE_EXTENSIONS, ingestFiles, listArticleFiles, type FileOutcome } from './ingest-files';
export { decodeArticle, validateArticleText } from './validate-article';
export { openGraph } from './open-graph';
export { RESOLUTION_KEYS_VERSION, refreshResolutionKeys, type KeysRefresh } from './resolution-keys';
