#include "roles.h"

namespace phare::hub {

namespace {

const char* action_fr(Permission permission)
{
    switch (permission) {
    case Permission::EditServices: return "modifier l'état des services";
    case Permission::EditNotices: return "publier ou retirer des annonces";
    case Permission::ViewReports: return "consulter les avis et l'état des bornes";
    case Permission::ManageUsers: return "gérer les comptes";
    case Permission::ManageKiosks: return "gérer les bornes";
    case Permission::ServeQueue: return "appeler les tickets à un guichet";
    }
    return "faire cette action";
}

}  // namespace

bool allowed(Role role, Permission permission)
{
    switch (permission) {
    case Permission::EditServices:
    case Permission::EditNotices:
    case Permission::ViewReports:
    case Permission::ServeQueue: return role == Role::Agent || role == Role::Admin;
    case Permission::ManageUsers:
    case Permission::ManageKiosks: return role == Role::Admin;
    }
    return false;  // a permission added without a rule is refused, never granted by accident
}

std::string refusal_message_fr(Role role, Permission permission)
{
    return "Votre compte (" + std::string(role == Role::Admin ? "administrateur" : "agent") + ") ne permet pas de " +
           action_fr(permission) + ". Demandez à un administrateur.";
}

}  // namespace phare::hub
