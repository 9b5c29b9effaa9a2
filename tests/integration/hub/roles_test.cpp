// Who may do what: agents keep services and notices and read reports; admins also manage users
// and kiosks.

#include "roles.h"

#include <catch2/catch.hpp>

using namespace phare;
using hub::Permission;
using hub::Role;

TEST_CASE("an agent edits services and notices and reads reports, but manages neither users nor kiosks", "[hub][roles]")
{
    CHECK(hub::allowed(Role::Agent, Permission::EditServices));
    CHECK(hub::allowed(Role::Agent, Permission::EditNotices));
    CHECK(hub::allowed(Role::Agent, Permission::ViewReports));
    CHECK_FALSE(hub::allowed(Role::Agent, Permission::ManageUsers));
    CHECK_FALSE(hub::allowed(Role::Agent, Permission::ManageKiosks));
}

TEST_CASE("an admin may do everything an agent does, and manage users and kiosks", "[hub][roles]")
{
    for (auto permission : {Permission::EditServices, Permission::EditNotices, Permission::ViewReports, Permission::ManageUsers,
                            Permission::ManageKiosks})
        CHECK(hub::allowed(Role::Admin, permission));
}

TEST_CASE("a refusal says in French what the account cannot do and whom to ask", "[hub][roles]")
{
    CHECK(hub::refusal_message_fr(Role::Agent, Permission::ManageUsers) ==
          "Votre compte (agent) ne permet pas de gérer les comptes. Demandez à un administrateur.");
    CHECK(hub::refusal_message_fr(Role::Agent, Permission::ManageKiosks).find("gérer les bornes") != std::string::npos);
}
