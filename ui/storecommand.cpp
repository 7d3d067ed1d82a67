#include "ui/storecommand.h"

#include "ui/editcontroller.h"

namespace nadzor::ui {

StoreCommand::StoreCommand(EditController *controller, const QString &text, bool alreadyDone)
    : QUndoCommand(text), m_controller(controller), m_skipRedo(alreadyDone)
{
}

void StoreCommand::undo()
{
    if (!m_controller->m_replaying)
        m_controller->storeStep(true);
}

void StoreCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_controller->m_replaying)
        m_controller->storeStep(false);
}

} // namespace nadzor::ui
