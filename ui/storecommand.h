#pragma once
// One journal entry of the project store on the QUndoStack: undo() and redo() call the store's.
// A command is pushed after its edit was made, so its first redo() does nothing.
#include <QUndoCommand>

namespace nadzor::ui {

class EditController;

class StoreCommand : public QUndoCommand {
public:
    StoreCommand(EditController *controller, const QString &text, bool alreadyDone);
    void undo() override;
    void redo() override;

private:
    EditController *m_controller;
    bool m_skipRedo;
};

} // namespace nadzor::ui
