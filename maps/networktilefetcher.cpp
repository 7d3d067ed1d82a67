#include "maps/networktilefetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace nadzor::maps {

NetworkTileFetcher::NetworkTileFetcher(QNetworkAccessManager *manager, QObject *parent)
    : TileFetcher(parent), m_manager(manager ? manager : new QNetworkAccessManager(this))
{
}

void NetworkTileFetcher::fetch(const QNetworkRequest &request, std::function<void(const FetchResult &)> done)
{
    QNetworkRequest r = request;
    r.setTransferTimeout(15000);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_manager->get(r);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)]() {
        FetchResult res;
        res.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError) {
            res.data = reply->readAll();
        } else {
            res.error = reply->errorString();
            // No HTTP answer at all: the network or the host is unreachable.
            res.networkError = res.httpStatus == 0;
        }
        reply->deleteLater();
        done(res);
    });
}

} // namespace nadzor::maps
