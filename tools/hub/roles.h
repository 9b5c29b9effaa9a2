#pragma once
// Who may do what on the hub's pages. Agents keep the site's daily state (services, notices) and
// read reports; admins also manage users and kiosks. Pure: routes ask before acting and answer a
// refusal with refusal_message_fr().

#include "storage.h"

#include <string>

namespace phare::hub {

enum class Permission {
    EditServices,  // a service's state and message
    EditNotices,   // add or withdraw a notice
    ViewReports,   // feedback dashboard and CSV, fleet page
    ManageUsers,   // add, remove, unlock agents
    ManageKiosks,  // provision, revoke, send maintenance commands
    ServeQueue,    // open a counter, call, recall, finish and transfer tickets
};

bool allowed(Role role, Permission permission);

// "Votre compte (agent) ne permet pas de gérer les comptes. Demandez à un administrateur."
std::string refusal_message_fr(Role role, Permission permission);

}  // namespace phare::hub
