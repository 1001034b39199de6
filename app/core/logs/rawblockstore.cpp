#include "rawblockstore.h"

#include "core/values/backgroundpriority.h"

#include <QList>
#include <QMutex>
#include <QThreadPool>

#include <zstd.h>

namespace okta {

namespace {

// Level 1: JSON logs still shrink about ninefold, at several hundred MB/s on one core.
constexpr int CompressionLevel = 1;

QByteArray compress(const QByteArray &raw) {
    struct Context {
        Context() = default;
        ~Context() { ZSTD_freeCCtx(cctx); }
        Q_DISABLE_COPY_MOVE(Context)
        ZSTD_CCtx *cctx = ZSTD_createCCtx();
    };
    thread_local Context context;
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compressCCtx(context.cctx, out.data(), size_t(out.size()), raw.constData(),
                                       size_t(raw.size()), CompressionLevel);
    if (ZSTD_isError(n))
        return {};
    out.truncate(qsizetype(n));
    out.squeeze();
    return out;
}

} // namespace

struct RawBlockStore::Shared {
    struct Block {
        QByteArray bytes;
        qsizetype rawSize = 0;
        bool compressed = false;
    };
    mutable QMutex mutex;
    QList<Block> blocks;
    quint64 generation = 0;
    int pending = 0;
    qint64 stored = 0;
};

RawBlockStore::RawBlockStore(qsizetype blockSize)
    : m_blockSize(blockSize)
    , m_shared(std::make_shared<Shared>())
    , m_pool(std::make_unique<QThreadPool>()) {
    // One worker: compression keeps pace with any network, and leaves the other cores alone.
    m_pool->setMaxThreadCount(1);
}

RawBlockStore::~RawBlockStore() {
    m_pool->clear();
    m_pool->waitForDone(); // at most the one block being compressed, a millisecond or two
}

RawBlockStore::Ref RawBlockStore::append(QByteArrayView bytes) {
    if (!m_open.isEmpty() && m_open.size() + bytes.size() > m_blockSize)
        seal();
    if (m_open.capacity() == 0)
        m_open.reserve(std::max(m_blockSize, bytes.size()));
    const Ref ref{m_openIndex, quint32(m_open.size()), quint32(bytes.size())};
    m_open.append(bytes);
    m_rawBytes += bytes.size();
    return ref;
}

void RawBlockStore::seal() {
    const QByteArray raw = std::exchange(m_open, QByteArray());
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->blocks.append({raw, raw.size(), false});
        ++m_shared->pending;
        m_shared->stored += raw.size();
        generation = m_shared->generation;
    }
    const quint32 index = m_openIndex++;
    m_pool->start([shared = m_shared, raw, index, generation] {
        lowerThisThreadPriority();
        QByteArray packed = compress(raw);
        if (packed.isEmpty())
            return; // keeps the block uncompressed: still exact, only larger
        QMutexLocker lock(&shared->mutex);
        if (shared->generation != generation)
            return;
        Shared::Block &block = shared->blocks[index];
        shared->stored += packed.size() - block.bytes.size();
        block.bytes = std::move(packed);
        block.compressed = true;
        --shared->pending;
    });
}

QByteArray RawBlockStore::read(Ref ref) const {
    if (ref.block == m_openIndex)
        return QByteArray(m_open.constData() + ref.offset, ref.size);
    if (qint64(ref.block) != m_cachedBlock) {
        Shared::Block block;
        {
            QMutexLocker lock(&m_shared->mutex);
            if (ref.block >= quint32(m_shared->blocks.size()))
                return {};
            block = m_shared->blocks.at(ref.block);
        }
        if (!block.compressed)
            return QByteArray(block.bytes.constData() + ref.offset, ref.size);
        m_cached.resize(block.rawSize);
        const size_t n = ZSTD_decompress(m_cached.data(), size_t(m_cached.size()), block.bytes.constData(),
                                         size_t(block.bytes.size()));
        if (ZSTD_isError(n) || qsizetype(n) != block.rawSize) {
            m_cachedBlock = -1;
            return {};
        }
        m_cachedBlock = ref.block;
    }
    return QByteArray(m_cached.constData() + ref.offset, ref.size);
}

void RawBlockStore::clear() {
    m_pool->clear();
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->blocks.clear();
        m_shared->blocks.squeeze();
        ++m_shared->generation;
        m_shared->pending = 0;
        m_shared->stored = 0;
    }
    m_open = QByteArray();
    m_openIndex = 0;
    m_rawBytes = 0;
    m_cachedBlock = -1;
    m_cached = QByteArray();
}

qint64 RawBlockStore::storedBytes() const {
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->stored + m_open.size();
}

int RawBlockStore::pendingBlocks() const {
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->pending + (m_open.isEmpty() ? 0 : 1);
}

} // namespace okta
