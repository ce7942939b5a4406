package org.masthead.user;

import java.util.List;
import java.util.Optional;
import org.masthead.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    @Query("select u from User u join u.roles r where r = :role and u.active = true order by u.displayName")
    List<User> findActiveWithRole(Role role);

    List<User> findAllByOrderByDisplayName();

    List<User> findByEmailIgnoreCaseAndActiveTrue(String email);
}
