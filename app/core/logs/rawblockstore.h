#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class QThreadPool;

namespace okta {

// Original JSON bytes kept compressed in memory: values are appended to an open block,
// and each full block is compressed (zstd) on a worker thread while the next one fills.
// Reading one value decompresses its block (the last block read stays cached, so reading
// in order is cheap). The bytes come back exactly as they went in. Used from one thread;
// only the compression runs elsewhere.
class RawBlockStore {
public:
    struct Ref {
        quint32 block = 0;
        quint32 offset = 0;
        quint32 size = 0;
    };

    explicit RawBlockStore(qsizetype blockSize = 512 * 1024);
    ~RawBlockStore();
    RawBlockStore(const RawBlockStore &) = delete;
    RawBlockStore &operator=(const RawBlockStore &) = delete;

    Ref append(QByteArrayView bytes);
    QByteArray read(Ref ref) const;
    void clear();

    qint64 rawBytes() const { return m_rawBytes; }
    // What the bytes cost now: compressed blocks, plus blocks still waiting for the worker.
    qint64 storedBytes() const;
    // Blocks not compressed yet (the open one included when it has bytes).
    int pendingBlocks() const;

private:
    struct Shared;
    void seal();

    qsizetype m_blockSize;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThreadPool> m_pool;
    QByteArray m_open;
    quint32 m_openIndex = 0;
    qint64 m_rawBytes = 0;
    mutable qint64 m_cachedBlock = -1;
    mutable QByteArray m_cached;
};

} // namespace okta

Q_DECLARE_TYPEINFO(okta::RawBlockStore::Ref, Q_PRIMITIVE_TYPE);
