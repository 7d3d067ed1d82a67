#include "gdal/errorcapture.h"

namespace nadzor::gdal {

ErrorCapture::ErrorCapture()
{
    CPLPushErrorHandlerEx(&ErrorCapture::handler, this);
    CPLErrorReset();
}

ErrorCapture::~ErrorCapture()
{
    CPLPopErrorHandler();
}

void ErrorCapture::clear()
{
    m_errors.clear();
    m_warnings.clear();
    m_messages.clear();
    CPLErrorReset();
}

void CPL_STDCALL ErrorCapture::handler(CPLErr level, CPLErrorNum, const char *message)
{
    auto *self = static_cast<ErrorCapture *>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    const QString text = QString::fromUtf8(message ? message : "").trimmed();
    if (level == CE_Failure || level == CE_Fatal)
        self->m_errors << text;
    else if (level == CE_Warning)
        self->m_warnings << text;
    else
        return;
    self->m_messages << text;
}

} // namespace nadzor::gdal
