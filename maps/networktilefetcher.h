#pragma once
// Tile fetching over HTTP with a QNetworkAccessManager (its own, or one handed in).
#include "maps/tilefetcher.h"

class QNetworkAccessManager;

namespace nadzor::maps {

class NetworkTileFetcher : public TileFetcher {
    Q_OBJECT
public:
    explicit NetworkTileFetcher(QNetworkAccessManager *manager = nullptr, QObject *parent = nullptr);
    void fetch(const QNetworkRequest &request, std::function<void(const FetchResult &)> done) override;

private:
    QNetworkAccessManager *m_manager;
};

} // namespace nadzor::maps
